import { IncomingMessage, Server } from 'node:http';
import { Duplex } from 'node:stream';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import WebSocket, { WebSocketServer } from 'ws';
import {
  DEFAULT_LANGUAGE,
  Language,
  languageFromAcceptLanguage,
  languageFromClientValue,
  localize,
  LocalizedMessage,
  message,
  translate,
} from '@antrian/messages';
import { Identity, InvalidTokenError, VerifiedSession } from '@antrian/auth';
import { SessionVerifier, sessionFromAuthorization } from '../auth/bearer-identity';
import { RevocationList } from '../auth/revocation-list';
import { ClientAddressOf } from '../http/client-address';
import { AddressRateLimit } from '../http/rate-limit';
import { LiveQuery, LiveQueryPlanner } from './live-query.planner';
import { LiveQueryHub } from './live-query.hub';
import { LiveFrameSink, socketFrameSink } from './live-frame.sink';

export interface SocketLimits {
  /** Open sockets per client address (on this replica). */
  maxSocketsPerAddress: number;
  /** Subscriptions running at once on one socket. */
  maxSubscriptionsPerSocket: number;
  /** `subscribe` messages one socket may send per second; beyond, the socket is closed. */
  maxSubscribesPerSecond: number;
}

export interface LiveSubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  planner: LiveQueryPlanner;
  hub: LiveQueryHub;
  verifier: SessionVerifier;
  /** The largest message a client may send, like the HTTP body limit; a larger one closes the socket (1009). */
  maxPayloadBytes: number;
  production: boolean;
  clientAddressOf: ClientAddressOf;
  /** The same per-address allowance as HTTP requests: each upgrade takes one. */
  rateLimit: AddressRateLimit;
  limits: SocketLimits;
  /** Sockets whose session is revoked are closed with 4403 at once. */
  revocations: RevocationList;
}

// A type, not an interface: graphql-ws wants connection state indexable.
type ConnectionState = {
  identity: Identity | null;
  /** What the socket's subscriptions are told in: `connection_init`'s `language`, else `Accept-Language`. */
  language: Language;
  socketId: number;
  /** Ids of the subscriptions this socket runs (or is starting): what the per-socket cap counts. */
  running: Set<string>;
};

/** What a planned subscription hands the hub. */
interface LiveOperation {
  liveQuery: LiveQuery;
  sink: LiveFrameSink;
}

export interface LiveSubscriptionServer {
  /** Closes every socket (code 1001) and stops accepting new ones. */
  close(): Promise<void>;
  /** WebSockets open now (after their upgrade). */
  openSockets(): number;
}

/** The code graphql-ws clients see when a connection's token is refused, has run out or is revoked. */
export const FORBIDDEN_CLOSE_CODE = 4403;
/** A socket that sends subscribe messages faster than allowed is closed with this code. */
export const TOO_MANY_REQUESTS_CLOSE_CODE = 4429;

/**
 * A connection lives no longer than the access token it was opened with: at expiry the socket is
 * closed with 4403, and the client reconnects with a fresh token (graphql-ws clients can fetch
 * one in a `connectionParams` function).
 */
function closeWhenExpired(socket: WebSocket, expiresAt: Date, language: Language): void {
  // setTimeout cannot wait longer than ~24.8 days; access tokens live 15 minutes.
  const timer = setTimeout(
    () => socket.close(FORBIDDEN_CLOSE_CODE, closeReason(language, 'gateway.tokenExpired')),
    Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1),
  );
  socket.once('close', () => clearTimeout(timer));
}

/** Answers an upgrade with a plain HTTP refusal: no WebSocket, no graphql-ws work. */
function refuseUpgrade(socket: Duplex, status: number, reason: string, headers: Record<string, string> = {}): void {
  const lines = [`HTTP/1.1 ${status} ${reason}`, 'Connection: close', 'Content-Length: 0'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n`);
  socket.destroy();
}

function limitError(refusal: LocalizedMessage, language: Language): GraphQLError {
  return new GraphQLError(localize(refusal, language), { extensions: { code: 'RATE_LIMITED' } });
}

/** A close frame's reason holds at most 123 bytes (RFC 6455): a longer sentence is cut at a word. */
function closeReason(
  language: Language,
  key: 'gateway.tokenExpired' | 'gateway.accessRevoked' | 'gateway.tooManySubscribes',
): string {
  const sentence = translate(language, key);
  if (Buffer.byteLength(sentence) <= 123) return sentence;
  return Buffer.from(sentence)
    .subarray(0, 123)
    .toString()
    .replace(/\s+\S*$/, '');
}

/**
 * The language a socket's subscriptions are told in: the `connection_init` payload's `language`
 * (`ENGLISH`, `INDONESIAN`, `EN`, `ID`...) when it names one, else the upgrade request's
 * `Accept-Language`, else Bahasa Indonesia.
 */
export function socketLanguage(
  connectionParams: Record<string, unknown> | undefined,
  request: IncomingMessage,
): Language {
  const named = connectionParams?.language;
  if (typeof named === 'string' && named.trim() !== '') return languageFromClientValue(named);
  return languageFromAcceptLanguage(request.headers['accept-language']);
}

/**
 * graphql-ws on the gateway's own HTTP server and path. A client authenticates once, in
 * `connection_init` (`{ authorization: "Bearer <token>" }`); a bad token closes the socket with
 * 4403 so that it cannot go on as anonymous by mistake, and so does a revocation of its session
 * later. It may name its language there too (`{ language: "ENGLISH" }`): the socket's payloads
 * and refusals are told in it, Bahasa Indonesia by default. Each subscription is planned as a live query and handed to the hub.
 *
 * One client cannot make the gateway work without bound: each upgrade counts against the
 * address's request allowance, an address holds a limited number of sockets, a socket a limited
 * number of subscriptions, and subscribe messages beyond a rate close the socket; the hub shares
 * executions among equal selections however they are aliased.
 */
export function startLiveSubscriptionServer(options: LiveSubscriptionServerOptions): LiveSubscriptionServer {
  const { planner, hub, verifier, limits, revocations } = options;
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const socketsPerAddress = new Map<string, number>();
  const subscribeRate = new RateLimiterMemory({ points: limits.maxSubscribesPerSecond, duration: 1 });
  const sessions = new Map<WebSocket, VerifiedSession & { language: Language }>();
  let nextSocketId = 0;

  const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://gateway');
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    const address = options.clientAddressOf(request) ?? 'unknown';
    const retryAfter = await options.rateLimit.take(address);
    if (retryAfter !== null) {
      return refuseUpgrade(socket, 429, 'Too Many Requests', { 'Retry-After': String(retryAfter) });
    }
    if (socket.destroyed) return;
    const open = socketsPerAddress.get(address) ?? 0;
    if (open >= limits.maxSocketsPerAddress) return refuseUpgrade(socket, 429, 'Too Many Requests');
    // Counted from the upgrade until the TCP connection closes, handshake failures included.
    socketsPerAddress.set(address, open + 1);
    socket.once('close', () => {
      const left = (socketsPerAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsPerAddress.set(address, left);
      else socketsPerAddress.delete(address);
    });
    wsServer.handleUpgrade(request, socket, head, (webSocket) => wsServer.emit('connection', webSocket, request));
  };
  const upgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    onUpgrade(request, socket, head).catch(() => socket.destroy());
  };
  options.httpServer.on('upgrade', upgradeListener);

  const stopClosingRevoked = revocations.onRevoked(() => {
    for (const [socket, session] of sessions) {
      if (revocations.isRevoked(session)) {
        socket.close(FORBIDDEN_CLOSE_CODE, closeReason(session.language, 'gateway.accessRevoked'));
      }
    }
  });

  const server = useServer<Record<string, unknown>, ConnectionState>(
    {
      isProd: options.production,
      onConnect: async (ctx) => {
        try {
          const session = await sessionFromAuthorization(verifier, ctx.connectionParams?.authorization);
          const language = socketLanguage(ctx.connectionParams, ctx.extra.request);
          ctx.extra.identity = session?.identity ?? null;
          ctx.extra.language = language;
          ctx.extra.socketId = nextSocketId++;
          if (session) {
            const socket = ctx.extra.socket;
            closeWhenExpired(socket, session.expiresAt, language);
            sessions.set(socket, { ...session, language });
            socket.once('close', () => sessions.delete(socket));
          }
          return true;
        } catch (error) {
          if (error instanceof InvalidTokenError) return false;
          throw error;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const running = (ctx.extra.running ??= new Set());
        const language = ctx.extra.language ?? DEFAULT_LANGUAGE;
        // Both counted before anything is awaited (graphql-ws handles a socket's messages
        // concurrently): every subscribe message counts against the rate, refused ones too.
        const withinRate = subscribeRate.consume(String(ctx.extra.socketId)).then(
          () => true,
          () => false,
        );
        const overCap = running.size >= limits.maxSubscriptionsPerSocket;
        if (!overCap) running.add(id);
        if (!(await withinRate)) {
          running.delete(id);
          ctx.extra.socket.close(TOO_MANY_REQUESTS_CLOSE_CODE, closeReason(language, 'gateway.tooManySubscribes'));
          return [limitError(message('gateway.tooManySubscribes'), language)];
        }
        if (overCap) {
          const refusal = message('gateway.tooManySubscriptions', { limit: limits.maxSubscriptionsPerSocket });
          return [limitError(refusal, language)];
        }
        const plan = planner.plan(payload, ctx.extra.identity ?? null, language);
        if ('errors' in plan) {
          running.delete(id);
          return plan.errors;
        }
        return {
          schema: options.schema,
          document: plan.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: {
            liveQuery: plan.liveQuery,
            // graphql-ws keeps the id (with null) while the first run is on its way, and forgets
            // it as soon as the client completes the subscription.
            sink: socketFrameSink(ctx.extra.socket, id, () => id in ctx.subscriptions),
          } satisfies LiveOperation,
        };
      },
      // The plan travels as the operation's context value, which graphql-ws passes on untouched.
      // The hub writes the payloads to the socket itself (serialised once per selection); the
      // iterator graphql-ws gets only ends the subscription, or carries a first result with errors.
      subscribe: (args) => {
        const { liveQuery, sink } = args.contextValue as LiveOperation;
        return hub.subscribe(liveQuery, sink);
      },
      // Whichever way it ends: completed by either side, failed, or its socket closed.
      onComplete: (ctx, id) => {
        ctx.extra.running?.delete(id);
      },
    },
    wsServer,
  );
  return {
    openSockets: () => wsServer.clients.size,
    close: async () => {
      options.httpServer.off('upgrade', upgradeListener);
      stopClosingRevoked();
      await server.dispose();
    },
  };
}
