import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, signIdentityHeader } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { GraphQLResponse, postGraphQL } from './graphql-client';

/** Where a test request comes from, as the gateway would say it. */
export interface CallerOptions {
  clientAddress?: string | null;
}

/** Calls a subgraph as the gateway would for a verified caller (or anonymously with null). */
export function subgraphCaller(url: string) {
  return <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity: Identity | null = null,
    { clientAddress = '127.0.0.1' }: CallerOptions = {},
  ): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(url, query, variables, {
      [IDENTITY_HEADER]: signIdentityHeader({ identity, clientAddress }, DEV_SECRETS.GATEWAY_SECRET),
    });
}

export const testIdentities = {
  applicant: (sub: string = randomUUID()): Identity => ({ sub, kind: 'applicant', roles: [], officeId: null }),
  admin: (): Identity => ({ sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null }),
  officer: (officeId: string, roles: Identity['roles'] = ['RECEPTION']): Identity => ({
    sub: randomUUID(),
    kind: 'officer',
    roles,
    officeId,
  }),
};
