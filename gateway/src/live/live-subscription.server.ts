import { Server } from 'node:http';
import { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { Identity, InvalidTokenError } from '@antrian/auth';
import { SessionVerifier, sessionFromAuthorization } from '../auth/bearer-identity';
import { LiveQuery, LiveQueryPlanner } from './live-query.planner';
import { LiveQueryHub } from './live-query.hub';

export interface LiveSubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  planner: LiveQueryPlanner;
  hub: LiveQueryHub;
  verifier: SessionVerifier;
  /** The largest message a client may send, like the HTTP body limit. */
  maxPayloadBytes: number;
  production: boolean;
}

// A type, not an interface: graphql-ws wants connection state indexable.
type ConnectionState = { identity: Identity | null };

export interface LiveSubscriptionServer {
  /** Closes every socket (code 1001) and stops accepting new ones. */
  close(): Promise<void>;
}

/** The code graphql-ws clients see when a connection's token is refused or has run out. */
export const FORBIDDEN_CLOSE_CODE = 4403;

/**
 * A connection lives no longer than the access token it was opened with: at expiry the socket is
 * closed with 4403, and the client reconnects with a fresh token (graphql-ws clients can fetch
 * one in a `connectionParams` function).
 */
function closeWhenExpired(socket: WebSocket, expiresAt: Date): void {
  // setTimeout cannot wait longer than ~24.8 days; access tokens live 15 minutes.
  const timer = setTimeout(
    () => socket.close(FORBIDDEN_CLOSE_CODE, 'Forbidden: the access token has expired'),
    Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1),
  );
  socket.once('close', () => clearTimeout(timer));
}

/**
 * graphql-ws on the gateway's own HTTP server and path. A client authenticates once, in
 * `connection_init` (`{ authorization: "Bearer <token>" }`); a bad token closes the socket with
 * 4403 so that it cannot go on as anonymous by mistake. Each subscription is planned as a live
 * query and handed to the hub.
 */
export function startLiveSubscriptionServer(options: LiveSubscriptionServerOptions): LiveSubscriptionServer {
  const { planner, hub, verifier } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
  });
  const server = useServer<Record<string, unknown>, ConnectionState>(
    {
      isProd: options.production,
      onConnect: async (ctx) => {
        try {
          const session = await sessionFromAuthorization(verifier, ctx.connectionParams?.authorization);
          ctx.extra.identity = session?.identity ?? null;
          if (session) closeWhenExpired(ctx.extra.socket, session.expiresAt);
          return true;
        } catch (error) {
          if (error instanceof InvalidTokenError) return false;
          throw error;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const plan = planner.plan(payload, ctx.extra.identity ?? null);
        if ('errors' in plan) return plan.errors;
        return {
          schema: options.schema,
          document: plan.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: plan.liveQuery,
        };
      },
      // The plan travels as the operation's context value, which graphql-ws passes on untouched.
      subscribe: (args) => hub.subscribe(args.contextValue as LiveQuery),
    },
    wsServer,
  );
  return {
    close: async () => {
      await server.dispose();
    },
  };
}
