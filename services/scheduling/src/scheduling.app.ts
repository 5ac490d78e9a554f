import { INestApplication } from '@nestjs/common';
import { ensureDatabase, runMigrations } from '@antrian/database';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { createSubgraphApp, listenSubgraph, RunningSubgraph } from '@antrian/subgraph';
import { SchedulingConfig } from './config/scheduling.config';
import { schedulingDataSourceOptions } from './scheduling-data-source';
import { SchedulingModule } from './scheduling.module';

export interface StartSchedulingOptions {
  config: SchedulingConfig;
  bus: EventBus;
  logger: Logger;
  /** Development and tests: create the database and apply migrations first. */
  migrate?: boolean;
}

export async function migrateScheduling(config: SchedulingConfig, logger: Logger): Promise<void> {
  if (config.NODE_ENV !== 'production') await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(schedulingDataSourceOptions(config));
  if (applied.length) logger.info({ applied }, 'applied migrations');
}

export async function startScheduling(options: StartSchedulingOptions): Promise<RunningSubgraph> {
  if (options.migrate) await migrateScheduling(options.config, options.logger);
  const app = await createSubgraphApp(SchedulingModule.register(options), options.logger);
  return listenSubgraph(app, options.config.PORT, options.config.HOST, {
    graceMs: options.config.SHUTDOWN_GRACE_MS,
    drainMs: options.config.SHUTDOWN_DRAIN_MS,
    logger: options.logger,
  });
}

/** The schema alone, for composition: no database, no listening. */
export async function buildSchedulingSchemaApp(
  options: Omit<StartSchedulingOptions, 'migrate'>,
): Promise<INestApplication> {
  const app = await createSubgraphApp(SchedulingModule.register({ ...options, schemaOnly: true }), options.logger);
  await app.init();
  return app;
}
