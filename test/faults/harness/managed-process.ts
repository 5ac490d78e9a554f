import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { recordPid } from './run-dir';

export interface ProcessSpec {
  /** Short name: the log file is `<runDir>/<name>.log`. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  runDir: string;
  /** Resolves once the process serves (polled by `start`); throws or returns false while it does not. */
  ready(): Promise<boolean>;
  readyTimeoutMs?: number;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

/** Last resort: whatever happens to the test process, its children get SIGKILL (synchronously). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const managed of live) managed.killNow();
  });
}

/**
 * One real process on this machine (a subgraph, the gateway, a NATS server) that a fault test
 * starts, breaks and restarts: `kill('SIGKILL')`, `pause()` (SIGSTOP), `resume()` (SIGCONT),
 * `terminate()` (SIGTERM, then SIGKILL after a grace period), `restart()`. Its stdout and stderr
 * go to `<runDir>/<name>.log`, appended across restarts; `logLines()` parses the pino lines.
 */
export class ManagedProcess {
  child?: ChildProcess;
  private exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private log?: WriteStream;
  /** How many times it was started. */
  starts = 0;

  constructor(readonly spec: ProcessSpec) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get logFile(): string {
    return join(this.spec.runDir, `${this.spec.name}.log`);
  }

  /** Spawns it and waits until `ready()`; fails (and kills it) if it exits or times out first. */
  async start(): Promise<this> {
    if (this.running) throw new Error(`${this.spec.name} is already running`);
    installExitHook();
    this.log ??= createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(this.spec.command, this.spec.args, {
      cwd: this.spec.cwd,
      env: { ...this.spec.env, FAULTS_RUN_DIR: this.spec.runDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts++;
    live.add(this);
    if (child.pid) recordPid(this.spec.runDir, child.pid);
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        live.delete(this);
        resolve({ code, signal });
      }),
    );
    await this.waitReady(this.spec.readyTimeoutMs ?? 120_000);
    return this;
  }

  /** Polls `ready()` every 100 ms. */
  async waitReady(timeoutMs = 60_000): Promise<number> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new Error(`${this.spec.name} exited before it was ready; see ${this.logFile}:\n${this.tail()}`);
      }
      if (await this.spec.ready().catch(() => false)) return Date.now() - started;
      if (Date.now() > deadline) {
        this.killNow();
        throw new Error(`${this.spec.name} was not ready within ${timeoutMs} ms; see ${this.logFile}:\n${this.tail()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sends a signal; for SIGKILL waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    if (signal === 'SIGKILL') await this.exited;
  }

  /** SIGSTOP: frozen, its sockets open, answering nothing. */
  pause(): void {
    if (this.running) this.child!.kill('SIGSTOP');
  }

  /** SIGCONT after `pause`. */
  resume(): void {
    if (this.running) this.child!.kill('SIGCONT');
  }

  /**
   * SIGTERM and wait for the exit (SIGKILL after `graceMs`). Returns how it ended and how long
   * it took.
   */
  async terminate(graceMs = 15_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const started = Date.now();
    if (!this.running) return { code: this.child?.exitCode ?? null, signal: null, ms: 0 };
    this.child!.kill('SIGCONT');
    this.child!.kill('SIGTERM');
    const timer = setTimeout(() => this.killNow(), graceMs);
    const exit = await this.exited!;
    clearTimeout(timer);
    return { ...exit, ms: Date.now() - started };
  }

  /** Resolves when the process exits (at once if it is not running). */
  async whenExited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited ?? { code: null, signal: null };
  }

  /** `kill(signal)` if running, then `start()`. */
  async restart(signal: NodeJS.Signals = 'SIGKILL'): Promise<this> {
    if (signal === 'SIGTERM') await this.terminate();
    else await this.kill(signal);
    return this.start();
  }

  /** Synchronous SIGKILL (continued first, so a stopped process dies too). */
  killNow(): void {
    if (!this.running) return;
    try {
      this.child!.kill('SIGKILL');
    } catch {
      // already gone
    }
  }

  /** Stops it for good (SIGKILL) and closes its log. */
  async dispose(): Promise<void> {
    this.killNow();
    await this.exited;
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
    this.log = undefined;
  }

  /** The log so far. */
  logText(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** Every pino (JSON) line of the log so far, parsed; other lines are skipped. */
  logLines(): Record<string, unknown>[] {
    return this.logText()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  private tail(lines = 30): string {
    return this.logText().split('\n').slice(-lines).join('\n');
  }
}

/** SIGKILLs every process the harness started in this test process and still running. */
export function killAllManaged(): void {
  for (const managed of live) managed.killNow();
}
