import { GraphQLError } from 'graphql';
import { AccessTokenVerifier, Identity, InvalidTokenError } from '@antrian/auth';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The caller behind an `Authorization` value (an HTTP header, or the graphql-ws
 * `connection_init` payload): none is anonymous, anything else must be a valid bearer token.
 */
export async function identityFromAuthorization(
  verifier: AccessTokenVerifier,
  authorization: unknown,
): Promise<Identity | null> {
  if (authorization === undefined || authorization === null || authorization === '') return null;
  const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (!token) throw new InvalidTokenError();
  return verifier.verify(token);
}

export function unauthenticatedError(): GraphQLError {
  return new GraphQLError(new InvalidTokenError().message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
