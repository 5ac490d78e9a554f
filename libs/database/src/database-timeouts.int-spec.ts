import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@antrian/testing';
import { serviceDataSourceOptions } from './data-source-options';

function postgresCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

/** How long `work` took to fail, and with which PostgreSQL code. */
async function failure(work: () => Promise<unknown>): Promise<{ code: string | undefined; ms: number }> {
  const started = Date.now();
  try {
    await work();
  } catch (error) {
    return { code: postgresCode(error), ms: Date.now() - started };
  }
  throw new Error('expected the database to give up');
}

describe('database timeouts (every service pool)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('db_timeouts');
    dataSource = new DataSource(
      serviceDataSourceOptions({
        url: database.url,
        entities: [],
        migrations: [],
        applicationName: 'test-db-timeouts',
        poolSize: 3,
        timeouts: {
          DATABASE_STATEMENT_TIMEOUT_MS: 400,
          DATABASE_LOCK_TIMEOUT_MS: 200,
          DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 300,
          DATABASE_CONNECT_TIMEOUT_MS: 300,
        },
      }),
    );
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE IF NOT EXISTS guarded (id int PRIMARY KEY, value int)');
    await dataSource.query('INSERT INTO guarded VALUES (1, 0) ON CONFLICT DO NOTHING');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('cancels a statement that runs past the statement timeout (57014)', async () => {
    const { code, ms } = await failure(() => dataSource.query('SELECT pg_sleep(5)'));
    expect(code).toBe('57014');
    expect(ms).toBeLessThan(3000);
  });

  it('gives up waiting for a row lock after the lock timeout (55P03)', async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('UPDATE guarded SET value = value + 1 WHERE id = 1');
      const { code, ms } = await failure(() => dataSource.query('UPDATE guarded SET value = 0 WHERE id = 1'));
      expect(code).toBe('55P03');
      expect(ms).toBeLessThan(3000);
    } finally {
      await holder.rollbackTransaction().catch(() => undefined);
      await holder.release();
    }
  });

  it('ends a transaction left idle, releasing its locks', async () => {
    const idle = dataSource.createQueryRunner();
    await idle.connect();
    await idle.startTransaction();
    await idle.query('UPDATE guarded SET value = 7 WHERE id = 1');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The server ended the session: the row is free again, and its change undone.
    await dataSource.query('UPDATE guarded SET value = 8 WHERE id = 1');
    const [{ value }] = (await dataSource.query('SELECT value FROM guarded WHERE id = 1')) as { value: number }[];
    expect(value).toBe(8);
    await idle.release().catch(() => undefined);
  });

  it('fails to take a connection from an exhausted pool after the connect timeout', async () => {
    const runners = await Promise.all(
      [1, 2, 3].map(async () => {
        const runner = dataSource.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      const started = Date.now();
      await expect(dataSource.query('SELECT 1')).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      for (const runner of runners) await runner.release();
    }
  });
});
