import { Server } from 'node:http';
import { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AccessTokenVerifier, Identity, InvalidTokenError } from '@antrian/auth';
import { identityFromAuthorization } from '../auth/bearer-identity';
import { LiveQuery, LiveQueryPlanner } from './live-query.planner';
import { LiveQueryHub } from './live-query.hub';

export interface LiveSubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  planner: LiveQueryPlanner;
  hub: LiveQueryHub;
  verifier: AccessTokenVerifier;
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
          ctx.extra.identity = await identityFromAuthorization(verifier, ctx.connectionParams?.authorization);
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
