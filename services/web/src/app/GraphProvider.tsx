import { ApolloProvider } from '@apollo/client';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createGraph, type Graph } from './apollo';
import type { WebConfig } from './config';
import type { Role } from './session';

export const ConfigContext = createContext<WebConfig>({ graphqlUrl: '/graphql' });
export const useWebConfig = () => useContext(ConfigContext);

interface Props {
  role?: Role;
  initialRefreshToken?: string;
  /** A new value starts a new client (and WebSocket): after signing in or out. */
  generation?: string;
  children: ReactNode;
}

/** One Apollo Client per screen, sending that screen's user's tokens and language. */
export function GraphProvider({ role, initialRefreshToken, generation, children }: Props) {
  const config = useWebConfig();
  const { i18n } = useTranslation();
  const graph: Graph = useMemo(
    () =>
      createGraph({
        config,
        role,
        initialRefreshToken,
        language: () => (i18n.language === 'en' ? 'en' : 'id'),
      }),
    [config, role, initialRefreshToken, generation],
  );
  useEffect(() => () => graph.dispose(), [graph]);
  return <ApolloProvider client={graph.client}>{children}</ApolloProvider>;
}
