import { ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@antrian/database';
import { freePort } from '@antrian/testing';

export const REPO_ROOT = join(__dirname, '..', '..');

export { freePort } from '@antrian/testing';

/** Runs `attempts` tasks with at most `concurrency` in flight; returns each task's duration. */
export async function runConcurrently<T>(
  attempts: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<{ results: { value: T; ms: number; endedAt: number }[]; startedAt: number; seconds: number }> {
  const results: { value: T; ms: number; endedAt: number }[] = new Array(attempts);
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, attempts) }, async () => {
      while (next < attempts) {
        const index = next++;
        const began = performance.now();
        const value = await task(index);
        const endedAt = performance.now();
        results[index] = { value, ms: endedAt - began, endedAt };
      }
    }),
  );
  return { results, startedAt, seconds: (performance.now() - startedAt) / 1000 };
}

/**
 * CPU seconds (user and system) a process and its living descendants have used so far, from
 * Linux's /proc; NaN elsewhere. On a machine shared with other work, CPU per request moves far
 * less than requests per second do.
 */
export function cpuSeconds(rootPid: number): number {
  try {
    const ticksPerSecond = 100;
    const stats = new Map<number, { parent: number; ticks: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // The command name (field 2) may hold spaces: the fields counted from its closing parenthesis.
        const text = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        stats.set(Number(name), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // gone meanwhile
      }
    }
    let total = 0;
    const queue = [rootPid];
    while (queue.length) {
      const pid = queue.pop()!;
      total += stats.get(pid)?.ticks ?? 0;
      for (const [child, stat] of stats) if (stat.parent === pid) queue.push(child);
    }
    return total / ticksPerSecond;
  } catch {
    return NaN;
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * Starts a TypeScript entry point as its own process and waits until `healthUrl` answers (and,
 * with `readyMessage`, until the process has also sent that message).
 */
export async function startProcess(
  entry: string,
  env: Record<string, string | undefined>,
  healthUrl: string,
  timeoutMs = 60_000,
  readyMessage?: string,
): Promise<ChildProcess> {
  const child = fork(join(REPO_ROOT, entry), [], {
    env: env as NodeJS.ProcessEnv,
    // BENCH_PROFILE=<folder> writes a V8 CPU profile of each process there (docs/benchmarks.md).
    execArgv: [
      '-r',
      '@swc-node/register',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let told = readyMessage === undefined;
  child.on('message', (message) => (told ||= message === readyMessage));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with code ${child.exitCode}`);
    try {
      if (told && (await fetch(healthUrl)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not become ready at ${healthUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `DATABASE_URL`'s server, or an embedded PostgreSQL in a temporary folder; `cleanups` stops it. */
export async function benchDatabaseServer(cleanups: (() => Promise<unknown>)[]): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'antrian-bench-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  cleanups.push(async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return embedded.url;
}

/** Runs the cleanups in reverse order, whatever happens to each. */
export async function runCleanups(cleanups: (() => Promise<unknown>)[]): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
}

/** Settings every process a benchmark starts shares: as in the container image, no source-map bookkeeping. */
export const BENCH_PROCESS_ENV = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  NATS_URL: undefined,
  SWC_NODE_SOURCE_MAP_MODE: 'none',
  // Every simulated client comes from 127.0.0.1: the per-address limits (gateway, bookings) would
  // measure themselves instead of the system, so the benchmarks lift them (a real rush comes from many).
  BOOKINGS_PER_ADDRESS: '1000000',
  RATE_LIMIT_PER_ADDRESS: '100000000',
  MAX_SOCKETS_PER_ADDRESS: '100000',
};

/**
 * One subgraph (its own database, created here) and the gateway in front of it, each as its own
 * process like in production. Returns both URLs and the database's. With `replicas` > 1 the
 * subgraph runs as that many processes sharing its port (`subgraph-replicas.ts`), each with a
 * pool of `poolSize` connections.
 */
export async function startSubgraphBehindGateway(
  subgraph: 'scheduling' | 'counter',
  serverUrl: string,
  cleanups: (() => Promise<unknown>)[],
  { replicas = 1, poolSize = 20 }: { replicas?: number; poolSize?: number } = {},
): Promise<{ databaseUrl: string; subgraphUrl: string; gatewayUrl: string; subgraphPid: number; gatewayPid: number }> {
  const databaseUrl = withDatabase(serverUrl, `bench_${subgraph}_${randomBytes(3).toString('hex')}`);
  await ensureDatabase(databaseUrl);
  cleanups.push(() => dropDatabase(databaseUrl));
  const [subgraphPort, gatewayPort] = [await freePort(), await freePort()];
  const entry = `services/${subgraph}/src/main.ts`;
  const service = await startProcess(
    replicas > 1 ? 'test/bench/subgraph-replicas.ts' : entry,
    {
      ...BENCH_PROCESS_ENV,
      PORT: String(subgraphPort),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      BENCH_REPLICAS: String(replicas),
      BENCH_REPLICA_ENTRY: entry,
    },
    `http://127.0.0.1:${subgraphPort}/health/ready`,
    undefined,
    replicas > 1 ? 'ready' : undefined,
  );
  cleanups.push(() => stopProcess(service));
  const subgraphUrl = `http://127.0.0.1:${subgraphPort}/graphql`;
  const gateway = await startProcess(
    'gateway/src/main.ts',
    {
      ...BENCH_PROCESS_ENV,
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_HOST: '127.0.0.1',
      [`${subgraph.toUpperCase()}_URL`]: subgraphUrl,
    },
    `http://127.0.0.1:${gatewayPort}/health/ready`,
  );
  cleanups.push(() => stopProcess(gateway));
  return {
    databaseUrl,
    subgraphUrl,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    subgraphPid: service.pid!,
    gatewayPid: gateway.pid!,
  };
}
