import { INestApplication } from '@nestjs/common';
import { ensureDatabase, runMigrations } from '@antrian/database';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { createSubgraphApp, listenSubgraph, RunningSubgraph } from '@antrian/subgraph';
import { CounterConfig } from './config/counter.config';
import { counterDataSourceOptions } from './counter-data-source';
import { OfficeFloorServiceModule } from './office-floor.module';

export interface StartCounterOptions {
  config: CounterConfig;
  bus: EventBus;
  logger: Logger;
  /** Development and tests: create the database and apply migrations first. */
  migrate?: boolean;
}

export async function migrateCounter(config: CounterConfig, logger: Logger): Promise<void> {
  if (config.NODE_ENV !== 'production') await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(counterDataSourceOptions(config));
  if (applied.length) logger.info({ applied }, 'applied migrations');
}

export async function startCounter(options: StartCounterOptions): Promise<RunningSubgraph> {
  if (options.migrate) await migrateCounter(options.config, options.logger);
  const app = await createSubgraphApp(OfficeFloorServiceModule.register(options), options.logger);
  return listenSubgraph(app, options.config.PORT, options.config.HOST);
}

/** The schema alone, for composition: no database, no listening. */
export async function buildCounterSchemaApp(options: Omit<StartCounterOptions, 'migrate'>): Promise<INestApplication> {
  const app = await createSubgraphApp(
    OfficeFloorServiceModule.register({ ...options, schemaOnly: true }),
    options.logger,
  );
  await app.init();
  return app;
}
