import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { graphql } from '../gql';
import { webSocketUrl, type WebConfig } from './config';
import { readSession, writeSession, type Role, type Session } from './session';
import { setConnection } from './connection';

const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

export type Language = 'id' | 'en';

export interface GraphOptions {
  config: WebConfig;
  /** Whose tokens to send; none for the public screens. */
  role?: Role;
  /** For a device: the refresh token of its registration, used when it has no session yet. */
  initialRefreshToken?: string;
  language: () => Language;
}

const EARLY_MS = 60_000;

/** Renews the role's session shortly before its access token expires (refresh tokens work once). */
export function tokenSource(options: GraphOptions): () => Promise<string | null> {
  let pending: Promise<Session | null> | null = null;
  const refresh = async (refreshToken: string): Promise<Session | null> => {
    const response = await fetch(options.config.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(RefreshSession), variables: { refreshToken } }),
    });
    const body = (await response.json()) as { data?: { refreshSession: Session } | null };
    const session = body.data?.refreshSession ?? null;
    if (options.role) writeSession(options.role, session);
    return session;
  };
  return async () => {
    if (!options.role) return null;
    const session = readSession(options.role);
    const refreshToken = session?.refreshToken ?? options.initialRefreshToken;
    if (session && Date.parse(session.expiresAt) - Date.now() > EARLY_MS) return session.accessToken;
    if (!refreshToken) return null;
    pending ??= refresh(refreshToken).finally(() => (pending = null));
    return (await pending)?.accessToken ?? session?.accessToken ?? null;
  };
}

export interface Graph {
  client: ApolloClient<unknown>;
  dispose(): void;
}

/** Apollo Client on the gateway: queries and mutations over HTTP, subscriptions over graphql-ws. */
export function createGraph(options: GraphOptions): Graph {
  const token = tokenSource(options);
  const acceptLanguage = () => (options.language() === 'en' ? 'en' : 'id');
  const ws: Client = createClient({
    url: webSocketUrl(options.config.graphqlUrl),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000))),
    connectionParams: async () => {
      const accessToken = await token();
      return {
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        language: options.language() === 'en' ? 'ENGLISH' : 'INDONESIAN',
      };
    },
    on: {
      connected: () => setConnection('online'),
      closed: () => setConnection('offline'),
      error: () => setConnection('offline'),
    },
  });
  const auth = setContext(async (_operation, { headers }) => {
    const accessToken = await token();
    return {
      headers: {
        ...headers,
        'accept-language': acceptLanguage(),
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
    };
  });
  const http = new HttpLink({ uri: options.config.graphqlUrl });
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    ApolloLink.from([auth, http]),
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        QueueBoard: { keyFields: ['officeId'] },
        DayReport: { keyFields: ['officeId', 'date'] },
        WalkInQuota: { keyFields: ['officeId'] },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return {
    client,
    dispose: () => {
      void ws.dispose();
      client.stop();
    },
  };
}
