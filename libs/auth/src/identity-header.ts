import { createHmac, timingSafeEqual } from 'node:crypto';
import { Identity } from './identity';
import { identityFromClaims, InvalidTokenError } from './access-token';

/**
 * The gateway forwards who is asking, and from which address, to subgraphs in this header on
 * every request (anonymous ones too), signed with the secret that only the gateway and the
 * subgraphs share. A client that calls a subgraph directly cannot forge it; a subgraph rejects
 * any header whose signature does not check.
 */
export const IDENTITY_HEADER = 'x-antrian-identity';

/** What a subgraph knows of the caller behind one request. */
export interface RequestCredentials {
  /** The verified caller; null for anonymous requests. */
  identity: Identity | null;
  /** The client's IP address as the gateway saw it (per-address limits); null when unknown. */
  clientAddress: string | null;
}

/** Long enough for one federated request with retries, short enough to be useless if leaked. */
const MAX_AGE_SECONDS = 60;

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signIdentityHeader(credentials: RequestCredentials, secret: string, now = Date.now()): string {
  const claims = { id: credentials.identity, addr: credentials.clientAddress, iat: Math.floor(now / 1000) };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

export function verifyIdentityHeader(value: string, secret: string, now = Date.now()): RequestCredentials {
  const [body, signature] = value.split('.');
  if (!body || !signature) throw new InvalidTokenError();
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidTokenError();
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  const age = Math.floor(now / 1000) - Number(claims.iat);
  if (!(age >= -5 && age <= MAX_AGE_SECONDS)) throw new InvalidTokenError();
  const identity = claims.id === null ? null : identityFromClaims(claims.id as Record<string, unknown>);
  return { identity, clientAddress: typeof claims.addr === 'string' ? claims.addr : null };
}
