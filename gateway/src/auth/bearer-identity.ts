import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, Language, translate } from '@antrian/messages';
import { Identity, InvalidTokenError, VerifiedSession } from '@antrian/auth';

/** Verifies an access token; `AccessTokenVerifier` or the gateway's caching wrapper of it. */
export interface SessionVerifier {
  verifySession(token: string): Promise<VerifiedSession>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The caller behind an `Authorization` value (an HTTP header, or the graphql-ws
 * `connection_init` payload) and when its token expires: none is anonymous, anything else must
 * be a valid bearer token.
 */
export async function sessionFromAuthorization(
  verifier: SessionVerifier,
  authorization: unknown,
): Promise<VerifiedSession | null> {
  if (authorization === undefined || authorization === null || authorization === '') return null;
  const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (!token) throw new InvalidTokenError();
  return verifier.verifySession(token);
}

export async function identityFromAuthorization(
  verifier: SessionVerifier,
  authorization: unknown,
): Promise<Identity | null> {
  return (await sessionFromAuthorization(verifier, authorization))?.identity ?? null;
}

export function unauthenticatedError(language: Language = DEFAULT_LANGUAGE): GraphQLError {
  return new GraphQLError(translate(language, 'gateway.unauthenticated'), {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
