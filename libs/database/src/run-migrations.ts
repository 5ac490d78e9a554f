import { DataSource, DataSourceOptions } from 'typeorm';

/**
 * Applies pending migrations and returns the names applied. Used by `npm start`, by the
 * per-service `migrate` command (a separate step in production) and by tests.
 */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  // A migration may rewrite a large table: the request timeouts of serving do not apply to it
  // (waiting for a lock still does, so a migration never queues behind a long transaction for ever).
  const extra = { ...(options as { extra?: Record<string, unknown> }).extra, statement_timeout: 0 };
  const dataSource = new DataSource({ ...options, extra } as DataSourceOptions);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
