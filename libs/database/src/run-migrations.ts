import { DataSource, DataSourceOptions } from 'typeorm';

/**
 * Applies pending migrations and returns the names applied. Used by `npm start`, by the
 * per-service `migrate` command (a separate step in production) and by tests.
 */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
