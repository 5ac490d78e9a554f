import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a fault run keeps its NATS data, its processes' logs and the pid of every process it
 * started (`pids`), so that a run killed half-way can be cleaned up by the next one
 * (`killRecordedProcesses`, called by the faults' global setup and teardown).
 */
export const FAULTS_ROOT = process.env.FAULTS_DIR ?? join(tmpdir(), 'antrian-faults');

export function runDir(label: string): string {
  const dir = join(FAULTS_ROOT, `${label}-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function recordPid(dir: string, pid: number): void {
  appendFileSync(join(dir, 'pids'), `${pid}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills (SIGKILL, then SIGCONT in case it was stopped) every recorded process still alive; removes the run folders. */
export function killRecordedProcesses(keepLogs = false): number {
  if (!existsSync(FAULTS_ROOT)) return 0;
  let killed = 0;
  for (const entry of readdirSync(FAULTS_ROOT)) {
    const dir = join(FAULTS_ROOT, entry);
    const file = join(dir, 'pids');
    if (existsSync(file)) {
      for (const pid of readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number)) {
        // Only a process whose command line is ours: a pid may have been reused since.
        if (!alive(pid) || !ownProcess(pid, dir)) continue;
        try {
          process.kill(pid, 'SIGKILL');
          killed++;
        } catch {
          // gone meanwhile
        }
      }
    }
    if (!keepLogs) rmSync(dir, { recursive: true, force: true });
  }
  return killed;
}

function ownProcess(pid: number, dir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    return cmdline.includes(dir) || environ.includes(`FAULTS_RUN_DIR=${dir}`);
  } catch {
    return false;
  }
}
