import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  Identity,
  IDENTITY_HEADER,
  IdentityHeaderVerifier,
  RequestCredentials,
  VerifiedIdentityHeader,
} from '@antrian/auth';
import { Language, languageFromAcceptLanguage, translate } from '@antrian/messages';

/** What every resolver of a subgraph gets: the verified caller and per-request loaders. */
export interface RequestContext {
  identity: Identity | null;
  /** The client's address as the gateway saw it, for per-address limits; null when unknown. */
  clientAddress: string | null;
  loaders: Map<string, DataLoader<string, unknown>>;
  /**
   * The language the person reads: the client's `Accept-Language`, which the gateway forwards
   * (for a subscription, the language of its socket). Bahasa Indonesia when it names neither.
   */
  language: Language;
}

/** Refuses a header used before: one statement on the service's database, shared by its replicas. */
export interface IdentityHeaderReplayGuard {
  recordFirstUse(headerId: string, expiresAt: Date): Promise<boolean>;
}

function unverified(language: Language): GraphQLError {
  return new GraphQLError(translate(language, 'request.unverifiedIdentity'), {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * The identity comes only from the gateway's signed header, addressed to this subgraph and used
 * once. A request with a header that does not verify, or that was seen before, is refused as a
 * whole rather than treated as anonymous, so a forged header is never mistaken for a mere
 * sign-out. A request without one (a client that reached the subgraph directly) is anonymous.
 */
export async function readCredentials(
  header: string | string[] | undefined,
  verifier: IdentityHeaderVerifier,
  replayGuard: IdentityHeaderReplayGuard,
  language: Language = 'INDONESIAN',
): Promise<RequestCredentials> {
  if (header === undefined) return { identity: null, clientAddress: null };
  let verified: VerifiedIdentityHeader;
  try {
    verified = await verifier.verify(Array.isArray(header) ? header[0] : header);
  } catch {
    throw unverified(language);
  }
  if (!(await replayGuard.recordFirstUse(verified.headerId, verified.expiresAt))) throw unverified(language);
  return { identity: verified.identity, clientAddress: verified.clientAddress };
}

export async function createRequestContext(
  headers: Record<string, string | string[] | undefined>,
  verifier: IdentityHeaderVerifier,
  replayGuard: IdentityHeaderReplayGuard,
): Promise<RequestContext> {
  const language = languageFromAcceptLanguage(headers['accept-language']);
  const credentials = await readCredentials(headers[IDENTITY_HEADER], verifier, replayGuard, language);
  return { ...credentials, loaders: new Map(), language };
}

export const CurrentIdentity = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Identity | null =>
    GqlExecutionContext.create(context).getContext<RequestContext>().identity,
);

/**
 * In a `@ResolveReference()` method take the context as a plain second parameter: Nest passes
 * @apollo/subgraph's (reference, context) through as they are, and `@Context()` would pick the
 * wrong argument there.
 *
 * One DataLoader per request and key, so that a federated `_entities` call for N references costs
 * one query, and two references to the same id in one request cost nothing extra.
 */
export function requestLoader<V>(
  context: RequestContext,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  let loader = context.loaders.get(key) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    context.loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
