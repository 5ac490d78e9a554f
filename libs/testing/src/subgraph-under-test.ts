import { Client } from 'pg';
import { Identity } from '@antrian/auth';
import { EventEnvelope } from '@antrian/contracts';
import { createLogger, Logger } from '@antrian/logging';
import { InProcessEventBus } from '@antrian/messaging';
import { GraphQLResponse } from './graphql-client';
import { CallerOptions, subgraphCaller } from './subgraph-caller';
import { createTestDatabase, TestDatabase } from './test-database';

/** What the helper needs of a started subgraph: its URL, and closing it. */
export interface StartedSubgraph {
  url: string;
  /** Its name in the supergraph, the audience of its identity headers (default: the spec's database label). */
  name?: string;
  close(): Promise<void>;
}

/** The settings every subgraph under test shares: test mode, a free port on 127.0.0.1, its fresh database. */
export interface SubgraphTestEnv {
  NODE_ENV: 'test';
  PORT: '0';
  HOST: '127.0.0.1';
  DATABASE_URL: string;
}

export interface SubgraphStartContext {
  env: SubgraphTestEnv;
  bus: InProcessEventBus;
  logger: Logger;
}

export interface SubgraphUnderTestOptions<S extends StartedSubgraph> {
  /** Label of the fresh test database (see createTestDatabase). */
  database: string;
  /** Starts the subgraph with its config loaded from `env` and the spec's own extras, on this bus. */
  start(context: SubgraphStartContext): Promise<S>;
  /** Subjects (wildcards allowed) whose events are collected in `published`, from before the subgraph starts. */
  observe?: string[];
  /** The bus's and the subgraph's logger (default: a silent one). */
  logger?: Logger;
}

export interface SubgraphUnderTest<S extends StartedSubgraph> {
  readonly subgraph: S;
  readonly bus: InProcessEventBus;
  /** A connection to the subgraph's database, for looking at its rows. */
  readonly sql: Client;
  /** Calls the subgraph as the gateway would (see subgraphCaller); it reads the subgraph when called. */
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
    options?: CallerOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Every event published on the observed subjects, in the order the observer received them. */
  readonly published: EventEnvelope[];
}

/**
 * One subgraph in this process on a fresh database and an in-process bus, started before the
 * file's tests (in the describe block this is called in) and stopped, with its database dropped,
 * after them. The handles are read lazily: read them inside hooks and tests, not while describing.
 */
export function useSubgraphUnderTest<S extends StartedSubgraph>(
  options: SubgraphUnderTestOptions<S>,
): SubgraphUnderTest<S> {
  let database: TestDatabase | undefined;
  let bus: InProcessEventBus | undefined;
  let subgraph: S | undefined;
  let sql: Client | undefined;
  let caller: ReturnType<typeof subgraphCaller> | undefined;
  const published: EventEnvelope[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(options.database);
    const logger = options.logger ?? createLogger(`${options.database}-test`, 'silent');
    bus = new InProcessEventBus(logger);
    if (options.observe)
      await bus.consume({
        durable: 'test-observer',
        subjects: options.observe,
        handler: async (envelope) => void published.push(envelope),
      });
    const env: SubgraphTestEnv = { NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url };
    subgraph = await options.start({ env, bus, logger });
    caller = subgraphCaller(subgraph.url, subgraph.name ?? options.database);
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await subgraph?.close();
    await bus?.close();
    await database?.drop();
  });

  const running = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(
        `The ${options.database} subgraph under test has no ${name} yet: it starts in beforeAll, so read its handles inside hooks and tests, not while describing`,
      );
    return value;
  };
  return {
    get subgraph() {
      return running(subgraph, 'subgraph');
    },
    get bus() {
      return running(bus, 'bus');
    },
    get sql() {
      return running(sql, 'sql');
    },
    call: <T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      identity?: Identity | null,
      options?: CallerOptions,
    ) => running(caller, 'call')<T>(query, variables, identity, options),
    published,
  };
}
