import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createServer } from 'node:net';
import { fmt, REPO_ROOT } from './bench-kit';

/**
 * The `npm start` phase of `npm run bench:startup`: `npm start` as a user runs it, on a second
 * start (the embedded PostgreSQL's data and the web client's build already there). For each start:
 * the time from spawning `npm start` until the gateway answers `{ offices { code } }` with the demo
 * offices and the web client's index.html is served; the RSS of every Node process of its process
 * tree (walked through /proc; PostgreSQL and anything else not Node apart) at that moment and 3 s
 * later; then a Ctrl-C (SIGINT to the process group), the time until `npm start` exits, and a check
 * that no process of the group or the tree is left.
 *
 * BENCH_BASELINE=<git ref> also runs that commit's `npm start` (its files by `git archive` into a
 * temporary folder, sharing this checkout's node_modules), alternately with this tree's, so both see
 * the same machine; without it only this tree runs. One start of each first, not counted, seeds the
 * data and builds the web client.
 */

const SETTLE_MS = 3000;
/** /proc's CPU times are in clock ticks, 100 a second on Linux. */
const CLOCK_TICKS = 100;

interface Tree {
  label: string;
  root: string;
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  comm: string;
  cmdline: string;
  state: string;
  /** CPU time used so far (user + system), in seconds. */
  cpuS: number;
  rssMb: number;
  node: boolean;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces: the fields after its closing one are fixed.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    let exe = '';
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      // another user's process (the embedded PostgreSQL runs as `postgres`)
    }
    return {
      pid,
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      state: fields[0],
      cpuS: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      comm,
      cmdline,
      rssMb: rssKb / 1024,
      node: exe === process.execPath || basename(exe) === 'node' || basename(exe).startsWith('node'),
    };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
}

/** The process and all its descendants. */
function processTree(rootPid: number): ProcessInfo[] {
  const all = allProcesses();
  const children = new Map<number, ProcessInfo[]>();
  for (const info of all) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  const tree: ProcessInfo[] = [];
  const queue = all.filter((info) => info.pid === rootPid);
  while (queue.length) {
    const info = queue.shift()!;
    tree.push(info);
    queue.push(...(children.get(info.pid) ?? []));
  }
  return tree;
}

function environOf(pid: number): Record<string, string> {
  try {
    return Object.fromEntries(
      readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
  } catch {
    return {};
  }
}

/** What a Node process of `npm start`'s tree is: npm itself, the launcher, a subgraph, or else. */
function role(info: ProcessInfo): string {
  if (/npm-cli\.js|\bnpm\b/.test(info.cmdline) && !/deploy\/local/.test(info.cmdline)) return 'npm';
  if (/deploy\/local\/start/.test(info.cmdline)) return 'launcher';
  const subgraph = environOf(info.pid).SUBGRAPH;
  if (subgraph) return subgraph;
  return 'other node';
}

type Sample = Record<string, number>;

/**
 * RSS by role of the tree's Node processes, with `stack` (all but npm) and `all`; `cpu`: the CPU
 * seconds the stack's Node processes have used, a measure of the start's work that, unlike the
 * wall time, does not grow with what else the machine runs.
 */
function rssByRole(rootPid: number): Sample {
  const sample: Sample = {};
  for (const info of processTree(rootPid).filter((candidate) => candidate.node)) {
    const name = role(info);
    if (name !== 'npm') sample.cpu = (sample.cpu ?? 0) + info.cpuS;
    sample[name] = (sample[name] ?? 0) + info.rssMb;
    if (name !== 'npm') sample.stack = (sample.stack ?? 0) + info.rssMb;
    sample.all = (sample.all ?? 0) + info.rssMb;
  }
  return sample;
}

/**
 * A free port below Linux's ephemeral range (32768-60999): `npm start` is started again and again on
 * the same ports, and one in that range may meanwhile be taken by an outgoing connection.
 */
async function steadyPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (taken.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
}

interface Ports {
  gateway: number;
  identity: number;
  scheduling: number;
  counter: number;
  web: number;
  postgres: number;
}

function userEnvironment(ports: Ports, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // As a user runs it: no NODE_ENV, no database or NATS of the machine's, nothing of the bench's.
  for (const name of Object.keys(env))
    if (/^(NODE_ENV|DATABASE_URL|NATS_URL|BENCH_.*|npm_.*)$/.test(name)) delete env[name];
  return {
    ...env,
    GATEWAY_PORT: String(ports.gateway),
    IDENTITY_PORT: String(ports.identity),
    SCHEDULING_PORT: String(ports.scheduling),
    COUNTER_PORT: String(ports.counter),
    WEB_PORT: String(ports.web),
    EMBEDDED_PG_PORT: String(ports.postgres),
    EMBEDDED_PG_DIR: dataDir,
  };
}

async function answers(url: string, init?: RequestInit, check?: (body: string) => boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
    const body = await response.text();
    return response.ok && (check?.(body) ?? true);
  } catch {
    return false;
  }
}

const graphAnswers = (ports: Ports) =>
  answers(
    `http://127.0.0.1:${ports.gateway}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offices { code } }' }),
    },
    (body) => body.includes('"BLITAR"'),
  );

const webServed = (ports: Ports) =>
  answers(`http://127.0.0.1:${ports.web}/`, undefined, (body) => body.includes('<div id="root"'));

interface StartResult {
  readyMs: number;
  atReady: Sample;
  settled: Sample;
  stopMs: number;
  leftBehind: string[];
}

async function startOnce(tree: Tree, ports: Ports, dataDir: string, timeoutMs: number): Promise<StartResult> {
  const started = performance.now();
  // Its own process group, as in a terminal: Ctrl-C is a SIGINT to the whole group.
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: tree.root,
    env: userEnvironment(ports, dataDir),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The launcher's last words, for a start that fails.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const lastWords = () => output.join('').slice(-3000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let treePids: number[] = [];
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}: ${lastWords()}`);
      if ((await webServed(ports)) && (await graphAnswers(ports))) break;
      if (Date.now() > deadline)
        throw new Error(`npm start (${tree.label}) not ready within ${timeoutMs} ms: ${lastWords()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const readyMs = performance.now() - started;
    const atReady = rssByRole(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settled = rssByRole(child.pid!);
    treePids = processTree(child.pid!).map((info) => info.pid);
    const stopping = performance.now();
    process.kill(-child.pid!, 'SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    const stopMs = performance.now() - stopping;
    // Give the group's last members a moment to finish exiting, then see who is still there.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const leftBehind = allProcesses()
      .filter((info) => info.pgrp === child.pid || treePids.includes(info.pid))
      .filter((info) => info.state !== 'Z')
      .map((info) => `${info.pid} ${info.cmdline}`);
    return { readyMs, atReady, settled, stopMs, leftBehind };
  } finally {
    // Whatever happened, nothing of this start outlives it: its process group, and each process
    // seen in its tree only if /proc still shows it in that group (by now its pid may be another
    // process's).
    const ofThisStart = [-child.pid!, ...treePids.filter((pid) => readProcess(pid)?.pgrp === child.pid)];
    for (const target of ofThisStart) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/** The files of `ref` in a temporary folder (no git worktree), with this checkout's node_modules. */
function baselineTree(ref: string): Tree & { remove(): void } {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const root = mkdtempSync(join(tmpdir(), `antrian-startup-${sha}-`));
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C ${root}`], { cwd: REPO_ROOT });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  // The same web sources build the same client: copy the build rather than spend a minute on it.
  const webDist = join(REPO_ROOT, 'dist', 'services', 'web');
  if (existsSync(webDist)) {
    mkdirSync(join(root, 'dist', 'services'), { recursive: true });
    cpSync(webDist, join(root, 'dist', 'services', 'web'), { recursive: true });
  }
  return { label: `baseline ${ref} (${sha})`, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function npmStartPhase(runs: number): Promise<void> {
  const trees: (Tree & { remove?: () => void })[] = [];
  if (process.env.BENCH_BASELINE) trees.push(baselineTree(process.env.BENCH_BASELINE));
  trees.push({ label: 'this tree', root: REPO_ROOT });
  const dataDir = mkdtempSync(join(tmpdir(), 'antrian-bench-npm-start-'));
  // As root the server runs as `postgres`, which must enter the folder to keep its data there.
  chmodSync(dataDir, 0o755);
  const taken = new Set<number>();
  const ports: Ports = {
    gateway: await steadyPort(taken),
    identity: await steadyPort(taken),
    scheduling: await steadyPort(taken),
    counter: await steadyPort(taken),
    web: await steadyPort(taken),
    postgres: await steadyPort(taken),
  };
  try {
    // The first start of each tree: the data seeded (once, shared: the same migrations), the web built.
    for (const tree of trees) {
      const first = await startOnce(tree, ports, dataDir, 600_000);
      console.log(`first start (${tree.label}): ready in ${fmt(first.readyMs / 1000, 1)} s (not counted)`);
    }
    const results = new Map<string, StartResult[]>(trees.map((tree) => [tree.label, []]));
    for (let run = 0; run < runs; run++) {
      for (const tree of trees) results.get(tree.label)!.push(await startOnce(tree, ports, dataDir, 120_000));
    }
    const roles = ['launcher', 'identity', 'scheduling', 'counter', 'other node', 'stack', 'npm', 'all'];
    console.log(
      `\nnpm start, second start, median of ${runs} runs each (node ${process.version}); RSS in MB of its Node processes, PostgreSQL apart; "stack" is all of them but npm's own CLI`,
    );
    const header = [
      'tree',
      'ready s',
      'CPU s to ready',
      ...roles.map((name) => `${name} at ready`),
      `stack +${SETTLE_MS / 1000}s`,
      `all +${SETTLE_MS / 1000}s`,
      'Ctrl-C to exit s',
      'left behind',
    ];
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const tree of trees) {
      const r = results.get(tree.label)!;
      console.log(
        `| ${[
          tree.label,
          fmt(median(r.map((x) => x.readyMs)) / 1000, 2),
          fmt(median(r.map((x) => x.atReady.cpu ?? 0)), 1),
          ...roles.map((name) => fmt(median(r.map((x) => x.atReady[name] ?? 0)), 0)),
          fmt(median(r.map((x) => x.settled.stack ?? 0)), 0),
          fmt(median(r.map((x) => x.settled.all ?? 0)), 0),
          fmt(median(r.map((x) => x.stopMs)) / 1000, 2),
          String(r.reduce((sum, x) => sum + x.leftBehind.length, 0)),
        ].join(' | ')} |`,
      );
      console.log(`  ${tree.label}: ready s each run: ${r.map((x) => fmt(x.readyMs / 1000, 2)).join(', ')}`);
      for (const x of r) for (const line of x.leftBehind) console.log(`  LEFT BEHIND (${tree.label}): ${line}`);
    }
    if (trees.length === 2) {
      const [base, now] = trees.map((tree) => results.get(tree.label)!);
      console.log(
        `this tree ÷ baseline: ready ${fmt(median(now.map((x) => x.readyMs)) / median(base.map((x) => x.readyMs)), 2)}×, ` +
          `CPU to ready ${fmt(median(now.map((x) => x.atReady.cpu)) / median(base.map((x) => x.atReady.cpu)), 2)}×, ` +
          `stack RSS at ready ${fmt(median(now.map((x) => x.atReady.stack)) / median(base.map((x) => x.atReady.stack)), 2)}×`,
      );
    }
    if ([...results.values()].some((r) => r.some((x) => x.leftBehind.length))) {
      throw new Error('Ctrl-C left processes behind (listed above)');
    }
  } finally {
    for (const tree of trees) tree.remove?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
