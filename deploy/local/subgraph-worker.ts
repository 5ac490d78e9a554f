import { createLogger } from '@antrian/logging';
import { createEventBus, EventBus, InProcessEventBus } from '@antrian/messaging';
import { startProcessObservability } from '@antrian/observability';
import { printSubgraphSdl } from '@antrian/subgraph';
import { IpcEventBus } from './ipc-event-bus';
import { subgraphNamed } from './subgraph-registry';

/**
 * One subgraph in a child process of the launcher (or of the composition script).
 * SUBGRAPH names it; WORKER_TASK=serve starts it and reports its URL, WORKER_TASK=print-sdl
 * reports its SDL and exits. Without NATS_URL it uses the launcher's bus over IPC.
 */
export type WorkerReport =
  { worker: 'ready'; url: string } | { worker: 'sdl'; sdl: string } | { worker: 'failed'; message: string };

const report = (message: WorkerReport) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

async function main(): Promise<void> {
  const definition = subgraphNamed(process.env.SUBGRAPH ?? '');
  const logger = createLogger(definition.name, process.env.LOG_LEVEL ?? 'info');
  if (process.env.WORKER_TASK === 'print-sdl') {
    const bus = new InProcessEventBus(logger);
    const app = await definition.buildSchemaApp(bus, logger);
    const sdl = printSubgraphSdl(app);
    await app.close();
    await bus.close();
    await report({ worker: 'sdl', sdl });
    process.exit(0);
  }
  const observability = startProcessObservability(definition.name);
  const bus: EventBus = process.env.NATS_URL
    ? createEventBus({ natsUrl: process.env.NATS_URL, logger, name: definition.name })
    : new IpcEventBus();
  const subgraph = await definition.start(process.env, bus, logger);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await subgraph.close();
    await bus.close();
    await observability.shutdown();
    process.exit(0);
  };
  // The launcher asks over IPC; a terminal's Ctrl-C reaches the whole process group, so SIGINT
  // is left to the launcher, which stops everyone in order.
  process.on('message', (message) => {
    if (message === 'shutdown') void stop();
  });
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  await report({ worker: 'ready', url: subgraph.url });
}

main().catch(async (error: unknown) => {
  await report({ worker: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
