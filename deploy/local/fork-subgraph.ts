import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { WorkerReport } from './subgraph-worker';

export const WORKER_PATH = join(__dirname, 'subgraph-worker.ts');
/** The require hook that runs the worker's TypeScript compiled once and cached (ts-register.js). */
export const TS_REGISTER = join(__dirname, 'ts-register.js');

/** Starts a subgraph worker (with `nodeFlags` for its Node) and waits for its first report. */
export function forkSubgraph(
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
  nodeFlags: string[] = [],
): { child: ChildProcess; report: Promise<WorkerReport> } {
  const child = fork(WORKER_PATH, [], {
    env: env as NodeJS.ProcessEnv,
    execArgv: [...nodeFlags, '-r', TS_REGISTER],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const report = new Promise<WorkerReport>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`subgraph ${env.SUBGRAPH} did not report within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !('worker' in message)) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      const workerReport = message as WorkerReport;
      if (workerReport.worker === 'failed')
        reject(new Error(`subgraph ${env.SUBGRAPH} failed: ${workerReport.message}`));
      else resolve(workerReport);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`subgraph ${env.SUBGRAPH} exited with code ${code} before it was ready`));
    });
  });
  return { child, report };
}

/** Asks a worker to stop and waits until it has; kills it if it does not within `graceMs`. */
export function stopSubgraph(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send('shutdown');
    else child.kill('SIGTERM');
  });
}
