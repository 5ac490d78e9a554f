import { DataSourceOptions } from 'typeorm';
import { z } from 'zod';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const millisecondsSchema = z.coerce.number().int().min(0);

/**
 * How long a service waits on its database, each a setting every service's config spreads in
 * (0 turns one off). A frozen or saturated database then fails a request in seconds instead of
 * holding it, its pool connection and its row locks without end.
 */
export const databaseTimeoutSettingsShape = {
  /** Waiting for a connection from the pool (or a new one to be opened). */
  DATABASE_CONNECT_TIMEOUT_MS: millisecondsSchema.default(5_000),
  /** One statement; PostgreSQL cancels it after this long (`statement_timeout`). */
  DATABASE_STATEMENT_TIMEOUT_MS: millisecondsSchema.default(15_000),
  /** Waiting for a row or table lock (`lock_timeout`): below the statement timeout. */
  DATABASE_LOCK_TIMEOUT_MS: millisecondsSchema.default(5_000),
  /** A transaction left open and idle is ended by PostgreSQL (`idle_in_transaction_session_timeout`). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: millisecondsSchema.default(30_000),
};

export type DatabaseTimeouts = z.infer<z.ZodObject<typeof databaseTimeoutSettingsShape>>;

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = z.object(databaseTimeoutSettingsShape).parse({});

export interface ServiceDataSourceOptions {
  url: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Connections in this process's pool. */
  poolSize?: number;
  applicationName: string;
  /** Unset ones take their defaults. */
  timeouts?: Partial<DatabaseTimeouts>;
}

/** Only the timeout settings out of a service's whole config (which may carry them or not). */
export function databaseTimeoutsOf(config: Partial<DatabaseTimeouts>): Partial<DatabaseTimeouts> {
  const timeouts: Partial<DatabaseTimeouts> = {};
  for (const key of Object.keys(databaseTimeoutSettingsShape) as (keyof DatabaseTimeouts)[]) {
    if (config[key] !== undefined) timeouts[key] = config[key];
  }
  return timeouts;
}

/**
 * What node-postgres takes for the timeouts: the pool's wait for a connection, and the session
 * settings it sends with every new connection (PostgreSQL enforces them, so a statement stuck in
 * the server is cancelled there too).
 */
export function poolTimeouts(timeouts: Partial<DatabaseTimeouts> = {}): Record<string, number> {
  const all = { ...DEFAULT_DATABASE_TIMEOUTS, ...timeouts };
  return {
    connectionTimeoutMillis: all.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: all.DATABASE_STATEMENT_TIMEOUT_MS,
    lock_timeout: all.DATABASE_LOCK_TIMEOUT_MS,
    idle_in_transaction_session_timeout: all.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * One TypeORM data source per service. The schema is changed by migrations only: `synchronize`
 * stays off everywhere, tests included, so tests run the same migrations as production.
 */
export function serviceDataSourceOptions(options: ServiceDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? 10,
    extra: { max: options.poolSize ?? 10, ...poolTimeouts(options.timeouts) },
    logging: false,
  };
}
