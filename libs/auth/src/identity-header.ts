import { createHmac, timingSafeEqual } from 'node:crypto';
import { Identity } from './identity';
import { identityFromClaims, InvalidTokenError } from './access-token';

/**
 * The gateway forwards the verified identity to subgraphs in this header, signed with the secret
 * that only the gateway and the subgraphs share. A client that calls a subgraph directly cannot
 * forge it; a subgraph rejects any identity header whose signature does not check.
 */
export const IDENTITY_HEADER = 'x-antrian-identity';

/** Long enough for one federated request with retries, short enough to be useless if leaked. */
const MAX_AGE_SECONDS = 60;

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signIdentityHeader(identity: Identity, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...identity, iat: Math.floor(now / 1000) })).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

export function verifyIdentityHeader(value: string, secret: string, now = Date.now()): Identity {
  const [body, signature] = value.split('.');
  if (!body || !signature) throw new InvalidTokenError();
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidTokenError();
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  const age = Math.floor(now / 1000) - Number(claims.iat);
  if (!(age >= -5 && age <= MAX_AGE_SECONDS)) throw new InvalidTokenError();
  return identityFromClaims(claims);
}
