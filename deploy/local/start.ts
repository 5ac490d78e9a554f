import { createLogger } from '@antrian/logging';
import { startProcessObservability } from '@antrian/observability';
import { launch } from './launch';
import { RunningStack } from './stack';
import { SUBGRAPHS } from './subgraph-registry';

/**
 * `npm start`: the whole system from one command, for development, on a machine with only
 * Node.js. Every setting comes from the environment; see the README for the defaults.
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
      logger,
    },
    (started) => {
      running = started;
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    },
  );

  logger.info(
    { gateway: stack.gatewayUrl, seconds: (Date.now() - startedAt) / 1000 },
    `Antrian is ready at ${stack.gatewayUrl}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
