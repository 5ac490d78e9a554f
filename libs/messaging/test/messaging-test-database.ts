import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { createTestDatabase, TestDatabase } from '@antrian/testing';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '../src';

export interface MessagingTestDatabase {
  database: TestDatabase;
  dataSource: DataSource;
  /** Rows of `outbox_event`, oldest first. */
  outbox(): Promise<
    { id: string; subject: string; published_at: Date | null; attempts: number; last_error: string | null }[]
  >;
  drop(): Promise<void>;
}

/** A fresh database with the messaging migration applied, as a service's own database has it. */
export async function createMessagingTestDatabase(label: string): Promise<MessagingTestDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url: database.url,
      entities: MESSAGING_ENTITIES,
      migrations: MESSAGING_MIGRATIONS,
      applicationName: `test-${label}`,
      poolSize: 8,
    }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    database,
    dataSource,
    outbox: () =>
      dataSource.query('SELECT id, subject, published_at, attempts, last_error FROM outbox_event ORDER BY position'),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
