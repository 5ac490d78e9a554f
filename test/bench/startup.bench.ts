import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dropDatabase, ensureDatabase, withDatabase } from '@antrian/database';
import { buildProject } from '../../tools/build/build-project';
import { npmStartPhase } from './npm-start.phase';
import { benchDatabaseServer, fmt, freePort, REPO_ROOT, runCleanups, stopProcess } from './bench-kit';

/**
 * `npm run bench:startup`: start-up time and memory of every process, run the old way (TypeScript
 * compiled at start by `node -r @swc-node/register …/main.ts`) and the new way (`node dist/…/main.js`,
 * the build output), alternately in one run so both see the same machine. For each: the time from
 * spawn until `/health/ready` answers 200, and the resident set size (VmRSS) then and 3 s later;
 * for the migration steps, the time until the process exits (nothing left to apply). Builds first
 * (BENCH_NO_BUILD=1 skips it). BENCH_RUNS (default 3) runs of each; medians are printed.
 *
 * Then the `npm start` phase (npm-start.phase.ts): `npm start` as a user runs it, second start,
 * to ready, and the RSS of its Node processes. BENCH_PHASES=processes or BENCH_PHASES=npm-start
 * runs one phase only (default: both); BENCH_BASELINE=<git ref> runs that commit's `npm start` too.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 3000;

interface Process {
  name: string;
  source: string;
  dist: string;
  portEnv: string;
  port: number;
  buildPort: number;
  assets?: string[];
  database?: string;
}

const PROCESSES: Process[] = [
  ...['identity', 'scheduling', 'counter'].map((name, index) => ({
    name,
    source: `services/${name}/src`,
    dist: `dist/services/${name}`,
    portEnv: 'PORT',
    port: 0,
    buildPort: 4001 + index,
    database: `bench_startup_${name}`,
  })),
  {
    name: 'gateway',
    source: 'gateway/src',
    dist: 'dist/gateway',
    portEnv: 'GATEWAY_PORT',
    port: 0,
    buildPort: 4000,
    assets: ['gateway/supergraph.graphql'],
  },
];

type Way = 'swc-node' | 'dist';

const command = (process: Process, way: Way, entry: 'main' | 'migrate'): string[] =>
  way === 'swc-node' ? ['-r', '@swc-node/register', `${process.source}/${entry}.ts`] : [`${process.dist}/${entry}.js`];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function untilReady(child: ChildProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`not ready at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function environment(process_: Process, port: number, databaseUrl?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Test mode: the development secrets, so the figures do not depend on key handling.
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    NATS_URL: undefined,
    SWC_NODE_SOURCE_MAP_MODE: 'none',
    [process_.portEnv]: String(port),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
}

async function startOnce(process_: Process, way: Way, databaseUrl?: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('node', command(process_, way, 'main'), {
    cwd: REPO_ROOT,
    env: environment(process_, port, databaseUrl),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await untilReady(child, `http://127.0.0.1:${port}/health/ready`);
    const readyMs = performance.now() - started;
    const rssReady = rssMb(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { readyMs, rssReady, rssSettled: rssMb(child.pid!) };
  } finally {
    await stopProcess(child);
  }
}

async function migrateOnce(process_: Process, way: Way, databaseUrl: string): Promise<number> {
  const started = performance.now();
  const child = spawn('node', command(process_, way, 'migrate'), {
    cwd: REPO_ROOT,
    env: environment(process_, 0, databaseUrl),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${process_.name} migrate (${way}) exited with ${code}`);
  return performance.now() - started;
}

const PHASES = (process.env.BENCH_PHASES ?? 'processes,npm-start').split(',');

async function main(): Promise<void> {
  if (PHASES.includes('processes')) await processesPhase();
  if (PHASES.includes('npm-start')) await npmStartPhase(RUNS);
}

async function processesPhase(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    if (!process.env.BENCH_NO_BUILD) {
      for (const process_ of PROCESSES) {
        await buildProject({
          project: process_.name,
          portEnv: process_.portEnv,
          port: process_.buildPort,
          assets: process_.assets,
          skipLockFile: true,
        });
      }
    }
    const server = await benchDatabaseServer(cleanups);
    const rows: string[][] = [];
    for (const process_ of PROCESSES) {
      let databaseUrl: string | undefined;
      if (process_.database) {
        databaseUrl = withDatabase(server, process_.database);
        await dropDatabase(databaseUrl).catch(() => undefined);
        await ensureDatabase(databaseUrl);
        cleanups.push(() => dropDatabase(databaseUrl!));
        await migrateOnce(process_, 'dist', databaseUrl);
      }
      const results: Record<Way, { readyMs: number[]; rssReady: number[]; rssSettled: number[]; migrateMs: number[] }> =
        {
          'swc-node': { readyMs: [], rssReady: [], rssSettled: [], migrateMs: [] },
          dist: { readyMs: [], rssReady: [], rssSettled: [], migrateMs: [] },
        };
      for (let run = 0; run < RUNS; run++) {
        for (const way of ['swc-node', 'dist'] as const) {
          const result = await startOnce(process_, way, databaseUrl);
          results[way].readyMs.push(result.readyMs);
          results[way].rssReady.push(result.rssReady);
          results[way].rssSettled.push(result.rssSettled);
          if (databaseUrl) results[way].migrateMs.push(await migrateOnce(process_, way, databaseUrl));
        }
      }
      for (const way of ['swc-node', 'dist'] as const) {
        const r = results[way];
        rows.push([
          process_.name,
          way,
          fmt(median(r.readyMs), 0),
          fmt(median(r.rssReady), 0),
          fmt(median(r.rssSettled), 0),
          r.migrateMs.length ? fmt(median(r.migrateMs), 0) : '-',
        ]);
      }
    }
    const header = ['process', 'how', 'ready ms', 'RSS at ready MB', `RSS +${SETTLE_MS / 1000}s MB`, 'migrate ms'];
    console.log(`startup, median of ${RUNS} runs each (node ${process.version})`);
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await runCleanups(cleanups);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
