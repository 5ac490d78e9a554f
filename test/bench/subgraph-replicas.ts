import cluster, { Worker } from 'node:cluster';
import { join } from 'node:path';

/**
 * `BENCH_SCHEDULING_REPLICAS` of bench:rush: N processes of one subgraph on one port, as N
 * replicas behind one Service would be, so the gateway's settings stay as they are. Node's
 * cluster module accepts the connections in this (primary) process and hands them to the
 * replicas in turn; the gateway's keep-alive connections spread over them. Each replica is the
 * subgraph's own main.ts, started one after another (outside production each applies its
 * migrations at start). Tells its parent `ready` once every replica listens; SIGTERM stops them.
 */
const entry = join(__dirname, '..', '..', process.env.BENCH_REPLICA_ENTRY ?? 'services/scheduling/src/main.ts');
const replicas = Number(process.env.BENCH_REPLICAS ?? 2);

function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('listening', () => resolve());
    worker.once('exit', (code) => reject(new Error(`replica exited with code ${code}`)));
  });
}

async function main(): Promise<void> {
  cluster.setupPrimary({ exec: entry });
  const workers: Worker[] = [];
  process.once('SIGTERM', () => {
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => (--left === 0 ? process.exit(0) : undefined));
      worker.process.kill('SIGTERM');
    }
  });
  for (let i = 0; i < replicas; i += 1) {
    const worker = cluster.fork();
    workers.push(worker);
    await started(worker);
  }
  process.send?.('ready');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
