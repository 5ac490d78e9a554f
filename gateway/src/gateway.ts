import { readFile } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { languageFromAcceptLanguage } from '@antrian/messages';
import { AccessTokenVerifier, IdentityHeaderSigner, InvalidTokenError } from '@antrian/auth';
import { Logger } from '@antrian/logging';
import { collectedGauge, graphqlMetricsPlugin, metricsHandler, traceHttpRequests } from '@antrian/observability';
import type { EventBus, Unsubscribe } from '@antrian/messaging';
import { identityFromAuthorization, unauthenticatedError } from './auth/bearer-identity';
import { CachingSessionVerifier } from './auth/caching-session-verifier';
import { RevocationList } from './auth/revocation-list';
import { GatewayContext } from './auth/gateway-context';
import { IdentityForwardingDataSource } from './auth/identity-forwarding.data-source';
import { corsOrigins, GatewayConfig, subgraphUrls } from './config/gateway.config';
import { apolloLiveExecutor } from './graph/apollo-live.executor';
import { clientErrorFormatter } from './graph/client-error.format';
import { createArmor } from './graph/graphql-armor';
import { localizedErrorsPlugin } from './graph/localized-errors';
import { OperationCost } from './graph/operation-cost';
import { clientAddressResolver } from './http/client-address';
import { healthRouter } from './http/health.router';
import { jsonErrorHandler } from './http/json-error.handler';
import { InFlightRequests } from './http/in-flight-requests';
import { AddressRateLimit, rateLimitMiddleware } from './http/rate-limit';
import { bindLiveFields, DEFAULT_LIVE_FIELDS, LiveField } from './live/live-fields';
import { LiveQueryPlanner } from './live/live-query.planner';
import { LiveQueryHub, LiveStats } from './live/live-query.hub';
import { LiveSubscriptionServer, startLiveSubscriptionServer } from './live/live-subscription.server';

export const GRAPHQL_PATH = '/graphql';

export interface CreateGatewayOptions {
  config: GatewayConfig;
  /**
   * Live messages, and identity's revocations (watched: every replica sees every one). The bus
   * belongs to the caller, who closes it after `stop()`.
   */
  bus: Pick<EventBus, 'subscribeLive' | 'watchEvents' | 'onConnected' | 'isOnline'>;
  logger: Logger;
  /** Which subscription fields are served, and how; the contract's by default. */
  liveFields?: readonly LiveField[];
}

export interface Gateway {
  /** Where clients send operations (HTTP) and open subscriptions (WebSocket). */
  url: string;
  port: number;
  /** Live subscription counters: subscribers, groups, messages and executions, per subject too. */
  liveStats(): LiveStats;
  /** Closes sockets, live subscriptions, Apollo and the HTTP server; not the bus. */
  stop(): Promise<void>;
}

function listen(httpServer: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve((httpServer.address() as AddressInfo).port);
    });
  });
}

function clientHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The one public endpoint: queries and mutations through `@apollo/gateway` over HTTP, and
 * subscriptions over graphql-ws on the same URL, resolved through the same federated executor.
 * Starts from the supergraph file alone, so subgraphs may still be booting.
 */
export async function createGateway({
  config,
  bus,
  logger,
  liveFields = DEFAULT_LIVE_FIELDS,
}: CreateGatewayOptions): Promise<Gateway> {
  const production = config.NODE_ENV === 'production';
  const supergraphSdl = await readFile(config.SUPERGRAPH_PATH, 'utf8');
  const revocations = new RevocationList();
  const verifier = new CachingSessionVerifier(
    new AccessTokenVerifier(config.AUTH_PUBLIC_KEY),
    undefined,
    undefined,
    revocations,
  );
  const armor = createArmor(config);
  const cost = new OperationCost(config);
  const urls = subgraphUrls(config);
  const headerSigner = new IdentityHeaderSigner(config.GATEWAY_PRIVATE_KEY);
  const clientAddressOf = clientAddressResolver(config.TRUST_PROXY);
  const rateLimit = new AddressRateLimit(config.RATE_LIMIT_PER_ADDRESS, config.RATE_LIMIT_WINDOW_SECONDS);
  const app = express();
  const httpServer = createServer(app);

  let apiSchema: GraphQLSchema | undefined;
  const apolloGateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name, url }) => {
      const target = urls[name] ?? url;
      if (!target) throw new Error(`The supergraph gives subgraph ${name} no URL, and no setting does`);
      return new IdentityForwardingDataSource(target, headerSigner, name, config.SUBGRAPH_TIMEOUT_MS);
    },
  });
  // The supergraph is static: this runs once, while Apollo Server starts.
  apolloGateway.onSchemaLoadOrUpdate((schemaContext) => (apiSchema = schemaContext.apiSchema));

  const server = new ApolloServer<GatewayContext>({
    gateway: apolloGateway,
    logger: logger.child({ component: 'apollo-server' }),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Whoever runs the gateway (main.ts, the launcher) stops it in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    parseOptions: { maxTokens: config.MAX_TOKENS },
    validationRules: armor.validationRules,
    formatError: clientErrorFormatter(production, logger),
    plugins: [
      graphqlMetricsPlugin<GatewayContext>(),
      ...armor.plugins,
      cost.plugin<GatewayContext>(),
      localizedErrorsPlugin<GatewayContext>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  const hub = new LiveQueryHub(apolloLiveExecutor(server), logger.child({ component: 'live' }));
  let live: LiveSubscriptionServer | undefined;
  let stopFollowingRevocations: Unsubscribe | undefined;
  let ready = false;
  let stopping: Promise<void> | undefined;
  const inFlight = new InFlightRequests();
  /**
   * Readiness 503 at once; HTTP requests in flight finish (up to the grace period; what still
   * arrives meanwhile is served too); then WebSockets close with 1001 (clients reconnect to another replica), the live
   * hub and the revocation watch stop, and Apollo closes what is left of the HTTP server.
   */
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      ready = false;
      if (!(await inFlight.settled(config.SHUTDOWN_GRACE_MS))) {
        logger.warn({ left: inFlight.size }, 'requests still running at the end of the grace period are cut');
      }
      await live?.close();
      await hub.close();
      await stopFollowingRevocations?.();
      // Also drains and closes the HTTP server, and stops the Apollo gateway.
      await server.stop();
    })();
    return stopping;
  };

  await server.start();
  try {
    if (!apiSchema) throw new Error('The gateway started without a schema');
    live = startLiveSubscriptionServer({
      httpServer,
      path: GRAPHQL_PATH,
      schema: apiSchema,
      planner: new LiveQueryPlanner({
        schema: apiSchema,
        liveFields: bindLiveFields(apiSchema, liveFields),
        validationRules: armor.validationRules,
        cost,
        maxTokens: config.MAX_TOKENS,
      }),
      hub,
      verifier,
      maxPayloadBytes: config.MAX_BODY_BYTES,
      production,
      clientAddressOf,
      rateLimit,
      limits: {
        maxSocketsPerAddress: config.MAX_SOCKETS_PER_ADDRESS,
        maxSubscriptionsPerSocket: config.MAX_SUBSCRIPTIONS_PER_SOCKET,
        maxSubscribesPerSecond: config.MAX_SUBSCRIBES_PER_SECOND,
      },
      revocations,
    });

    app.disable('x-powered-by');
    // A span per request (nothing when tracing is off), active for the subgraph calls it makes.
    app.use(traceHttpRequests());
    app.use(
      '/health',
      // Not ready while NATS is away (no live updates, no revocations), unless told to serve on.
      healthRouter(() => ready && (!config.READY_REQUIRES_NATS || (bus.isOnline?.() ?? true))),
    );
    // Prometheus's; the Ingress publishes `/graphql` only, so this stays inside the cluster.
    app.get('/metrics', metricsHandler());
    const sockets = live;
    collectedGauge('antrian_gateway_websockets_open', 'WebSockets open on this gateway', [], (gauge) =>
      gauge.set(sockets.openSockets()),
    );
    collectedGauge('antrian_gateway_subscriptions_open', 'Live subscriptions open on this gateway', [], (gauge) =>
      gauge.set(hub.stats().subscribers),
    );
    collectedGauge(
      'antrian_gateway_live_groups',
      'Groups of equal live queries (each live message costs one execution per group)',
      [],
      (gauge) => gauge.set(hub.stats().groups),
    );
    app.use(
      GRAPHQL_PATH,
      inFlight.middleware(),
      // Browsers on other origins (the booking site, boards) must be allowed explicitly; the
      // CSRF prevention above still requires a preflighted request for every operation.
      cors({ origin: corsOrigins(config), maxAge: 600 }),
      rateLimitMiddleware(rateLimit, clientAddressOf),
      express.json({ limit: config.MAX_BODY_BYTES }),
      expressMiddleware(server, {
        context: async ({ req }): Promise<GatewayContext> => {
          const language = languageFromAcceptLanguage(req.headers['accept-language']);
          try {
            return {
              identity: await identityFromAuthorization(verifier, req.headers.authorization),
              clientAddress: clientAddressOf(req),
              language,
            };
          } catch (error) {
            if (error instanceof InvalidTokenError) throw unauthenticatedError(language);
            throw error;
          }
        },
      }),
    );
    app.use(jsonErrorHandler(logger));

    stopFollowingRevocations = await revocations.follow(bus, logger.child({ component: 'revocations' }));
    await hub.listen(bus);
    const port = await listen(httpServer, config.GATEWAY_PORT, config.GATEWAY_HOST);
    ready = true;
    return {
      url: `http://${clientHost(config.GATEWAY_HOST)}:${port}${GRAPHQL_PATH}`,
      port,
      liveStats: () => hub.stats(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
