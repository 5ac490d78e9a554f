import { INestApplication } from '@nestjs/common';
import { ensureDatabase, runMigrations } from '@antrian/database';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { createSubgraphApp, listenSubgraph, RunningSubgraph } from '@antrian/subgraph';
import { IdentityConfig } from './config/identity.config';
import { identityDataSourceOptions } from './identity-data-source';
import { IdentityModule } from './identity.module';

export interface StartIdentityOptions {
  config: IdentityConfig;
  bus: EventBus;
  logger: Logger;
  /** Development and tests: create the database and apply migrations first. */
  migrate?: boolean;
}

export async function migrateIdentity(config: IdentityConfig, logger: Logger): Promise<void> {
  if (config.NODE_ENV !== 'production') await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(identityDataSourceOptions(config));
  if (applied.length) logger.info({ applied }, 'applied migrations');
}

export async function startIdentity(options: StartIdentityOptions): Promise<RunningSubgraph> {
  if (options.migrate) await migrateIdentity(options.config, options.logger);
  const app = await createSubgraphApp(IdentityModule.register(options), options.logger);
  return listenSubgraph(app, options.config.PORT, options.config.HOST, {
    graceMs: options.config.SHUTDOWN_GRACE_MS,
    drainMs: options.config.SHUTDOWN_DRAIN_MS,
    logger: options.logger,
  });
}

/** The schema alone, for composition: no database, no listening. */
export async function buildIdentitySchemaApp(
  options: Omit<StartIdentityOptions, 'migrate'>,
): Promise<INestApplication> {
  const app = await createSubgraphApp(IdentityModule.register({ ...options, schemaOnly: true }), options.logger);
  await app.init();
  return app;
}
