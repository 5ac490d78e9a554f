import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, IdentityHeaderSigner } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { GraphQLResponse, postGraphQL } from './graphql-client';

/** Where a test request comes from, as the gateway would say it. */
export interface CallerOptions {
  clientAddress?: string | null;
}

let devSigner: IdentityHeaderSigner | undefined;

/**
 * A fresh identity header for one request to the subgraph `audience`, signed as the gateway signs
 * it in development and tests (each header is good for one request).
 */
export function devIdentityHeader(
  identity: Identity | null,
  audience: string,
  clientAddress: string | null = '127.0.0.1',
): Promise<string> {
  devSigner ??= new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY);
  return devSigner.sign({ identity, clientAddress }, audience);
}

/**
 * Calls a subgraph (named `audience` in the supergraph) as the gateway would for a verified
 * caller (or anonymously with null).
 */
export function subgraphCaller(url: string, audience: string) {
  return async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity: Identity | null = null,
    { clientAddress = '127.0.0.1' }: CallerOptions = {},
  ): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(url, query, variables, {
      [IDENTITY_HEADER]: await devIdentityHeader(identity, audience, clientAddress),
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
