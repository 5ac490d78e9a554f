import { createLogger, Logger } from '@antrian/logging';
import { createEventBus, EventBus } from '@antrian/messaging';
import { startProcessObservability } from '@antrian/observability';
import { RunningSubgraph } from './start-subgraph';

interface ProcessConfig {
  NODE_ENV: string;
  LOG_LEVEL: string;
  NATS_URL?: string;
  NATS_NKEY_SEED?: string;
}

export interface SubgraphProcess<C extends ProcessConfig> {
  name: string;
  loadConfig(): C;
  start(options: { config: C; bus: EventBus; logger: Logger; migrate: boolean }): Promise<RunningSubgraph>;
}

/**
 * A subgraph as its own process (production): configuration from the environment only, stopped
 * cleanly on SIGINT or SIGTERM. Outside production it applies its migrations itself; in
 * production they are a separate step (see `runMigrationCommand`).
 */
export function runSubgraphProcess<C extends ProcessConfig>(definition: SubgraphProcess<C>): void {
  // First: the PostgreSQL instrumentation patches `pg` when it is loaded after this.
  const observability = startProcessObservability(definition.name);
  const main = async () => {
    const config = definition.loadConfig();
    const logger = createLogger(definition.name, config.LOG_LEVEL);
    const bus = createEventBus({
      natsUrl: config.NATS_URL,
      natsNkeySeed: config.NATS_NKEY_SEED,
      logger,
      name: definition.name,
    });
    const subgraph = await definition.start({ config, bus, logger, migrate: config.NODE_ENV !== 'production' });
    logger.info({ url: subgraph.url }, `${definition.name} subgraph ready`);
    const stop = async () => {
      await subgraph.close();
      await bus.close();
      await observability.shutdown();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** `npm run migrate:<service>`: the production migration step (a Kubernetes Job runs it). */
export function runMigrationCommand<C extends ProcessConfig>(
  name: string,
  loadConfig: () => C,
  migrate: (config: C, logger: Logger) => Promise<void>,
): void {
  const run = async () => {
    const config = loadConfig();
    await migrate(config, createLogger(`${name}-migrate`, config.LOG_LEVEL));
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${name}: migration failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
