import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { DEFAULT_LANGUAGE, Language, languageTag, translate } from '@antrian/messages';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, IdentityHeaderSigner } from '@antrian/auth';
import { injectInto, tracingEnabled } from '@antrian/observability';
import { GatewayContext } from './gateway-context';
import HttpAgent, { HttpsAgent } from 'agentkeepalive';
import nodeFetch, { RequestInit as NodeFetchInit } from 'node-fetch';

/**
 * A subgraph's kept-alive connections. An idle one is closed after 4 s, before the subgraph's own
 * HTTP server would (Node's default keep-alive timeout, 5 s): reusing a connection the server is
 * closing at that moment fails the request (ECONNRESET), which Node's plain Agent let happen a few
 * times in every bench:rush storm. A busy one lives as long as its request may take.
 */
function subgraphAgent(timeoutMs: number): (url: URL) => HttpAgent {
  const options = { keepAlive: true, freeSocketTimeout: 4_000, timeout: timeoutMs + 5_000 };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  return (url) => (url.protocol === 'https:' ? https : http);
}

/** The code a client gets when a subgraph did not answer in time or could not be reached. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/**
 * Whether a subgraph request failed for want of an answer (timed out, refused, cut), not because
 * the subgraph answered with an error. Undici wraps the socket's error in `cause`.
 */
export function isUnanswered(error: unknown): boolean {
  let current: unknown = error;
  // Fetch's timeout is a DOMException, which is not always an Error in every realm: read fields.
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 4; depth++) {
    const { name, code, cause } = current as { name?: unknown; code?: unknown; cause?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}

export function serviceUnavailableError(language: Language = DEFAULT_LANGUAGE): GraphQLError {
  return new GraphQLError(translate(language, 'request.serviceUnavailable'), {
    extensions: { code: SERVICE_UNAVAILABLE, retryable: true },
  });
}

/**
 * Calls one subgraph and tells it who is asking and from where, in a header only the gateway can
 * sign, addressed to that subgraph and good for this one request (subgraphs refuse a header seen
 * before), so each subgraph request gets a fresh one. Also tells it the caller's language.
 *
 *
 * Each request has `timeoutMs` for its whole answer: a frozen subgraph costs a client that long,
 * then SERVICE_UNAVAILABLE (retryable; a mutation with an idempotency key is safe to send again),
 * and other subgraphs' parts of the same operation are unaffected.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signer: IdentityHeaderSigner,
    /** The subgraph's name in the supergraph: the header's audience. */
    private readonly subgraphName: string,
    timeoutMs = 10_000,
  ) {
    // node-fetch over node:http with a keep-alive agent: Apollo's default make-fetch-happen adds
    // an HTTP cache layer (about 8% of the gateway's CPU in bench:rush), and Node's own fetch
    // (undici) spent 14% of it, plus web streams, on small JSON answers (bench:calls profile).
    const agent = subgraphAgent(timeoutMs);
    const fetcher = (input: string, init: RequestInit) =>
      // Never followed: a redirect would carry the caller's signed header and operation elsewhere.
      nodeFetch(input, {
        ...(init as NodeFetchInit),
        agent,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    super({ url, fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // Only the gateway's own signature may reach a subgraph, whatever a future change to header
    // propagation copies from the client's request.
    headers.delete(IDENTITY_HEADER);
    const { identity = null, clientAddress = null, language = DEFAULT_LANGUAGE } = context as Partial<GatewayContext>;
    headers.set(IDENTITY_HEADER, await this.signer.sign({ identity, clientAddress }, this.subgraphName));
    // The subgraph tells its refusals in the caller's language; never the client's own header as is.
    headers.set('accept-language', languageTag(language));
    // The subgraph's work continues the operation's trace.
    if (tracingEnabled()) injectInto(headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (isUnanswered(error)) throw serviceUnavailableError(options.context.language ?? DEFAULT_LANGUAGE);
      throw error;
    }
  }
}
