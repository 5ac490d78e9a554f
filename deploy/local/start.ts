import './dev-source-maps';
import { createLogger } from '@antrian/logging';
import { startProcessObservability } from '@antrian/observability';
import { devNodeFlags } from './dev-node-flags';
import { launch } from './launch';
import { RunningStack } from './stack';
import { SUBGRAPHS } from './subgraph-registry';
import { launcherHosts } from './exposure';
import { buildWebClient, serveWebClient } from './web-client';

/**
 * `npm start`: the whole system from one command, for development, on a machine with only
 * Node.js. Every setting comes from the environment; docs/configuration.md has the defaults.
 */
async function main(): Promise<void> {
  // The gateway runs in this process (each subgraph in its own, which starts its own).
  startProcessObservability('gateway');
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
  const logger = createLogger('antrian', env.LOG_LEVEL ?? 'info');
  if (env.NODE_ENV === 'production') {
    logger.error('npm start is the development launcher; in production run each service and the gateway on its own');
    process.exit(1);
  }
  const startedAt = Date.now();
  let running: RunningStack | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await running?.stop();
    process.exit(0);
  };
  const stack = await launch(
    {
      env,
      databaseUrl: env.DATABASE_URL,
      ports: {
        gateway: Number(env.GATEWAY_PORT ?? 4000),
        ...Object.fromEntries(
          SUBGRAPHS.map((subgraph) => [
            subgraph.name,
            Number(env[`${subgraph.name.toUpperCase()}_PORT`] ?? subgraph.defaultPort),
          ]),
        ),
      },
      subgraphNodeFlags: devNodeFlags(env),
      logger,
    },
    (started) => {
      running = started;
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    },
  );

  // The web client (services/web): built when its sources changed, served beside the gateway.
  await buildWebClient(logger);
  const web = await serveWebClient({
    port: Number(env.WEB_PORT ?? 4100),
    host: launcherHosts(env).gatewayHost,
    graphqlUrl: env.WEB_GRAPHQL_URL ?? stack.gatewayUrl,
  });
  const stopStack = running?.stop.bind(running);
  if (running) running.stop = async () => (await web.stop(), await stopStack?.());

  logger.info(
    { gateway: stack.gatewayUrl, web: web.url, seconds: (Date.now() - startedAt) / 1000 },
    `Antrian is ready at ${stack.gatewayUrl}; the web client at ${web.url}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
