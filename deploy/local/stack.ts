import { join } from 'node:path';
import { startEmbeddedPostgres, withDatabase } from '@antrian/database';
import { createLogger, Logger } from '@antrian/logging';
import { createEventBus, EventBus } from '@antrian/messaging';
import { createGateway, Gateway } from '../../gateway/src/gateway';
import { loadGatewayConfig } from '../../gateway/src/config/gateway.config';
import { launcherHosts } from './exposure';
import { forkSubgraph, stopSubgraph } from './fork-subgraph';
import { serveBusToChild } from './ipc-event-bus';
import { REPO_ROOT, SUBGRAPHS } from './subgraph-registry';

export interface StackOptions {
  env: Record<string, string | undefined>;
  /** A PostgreSQL server to create the services' databases on; unset: the embedded one. */
  databaseUrl?: string;
  /** The gateway's port and each subgraph's (by name); 0 picks a free one. */
  ports: { gateway: number } & Record<string, number>;
  /** Prefix of the database names, so that test stacks never share data with `npm start`. */
  databasePrefix?: string;
  /** Node flags for each subgraph's process (`npm start`: devNodeFlags); none by default. */
  subgraphNodeFlags?: string[];
  logger?: Logger;
}

export interface RunningStack {
  gatewayUrl: string;
  /** The gateway's live-query counters (subscribers, groups, executions per live message). */
  liveStats: Gateway['liveStats'];
  subgraphs: Record<string, string>;
  bus: EventBus;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PG_DIR = join(REPO_ROOT, '.data', 'postgres');

/**
 * The whole system from one command: the embedded PostgreSQL (or a given server, one database
 * per service), the event bus (NATS with `NATS_URL`, else in-process, served to the subgraphs over
 * IPC), every subgraph in a child process on its own port with its own module tree and database,
 * and the gateway in front, all on loopback unless GATEWAY_HOST and HOST say otherwise. Used by
 * `npm start` and by the end-to-end tests.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const logger = options.logger ?? createLogger('antrian', options.env.LOG_LEVEL ?? 'info');
  const stops: { what: string; run: () => Promise<unknown> }[] = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) {
      logger.debug(`stopping ${step.what}`);
      await step
        .run()
        .catch((error: unknown) => logger.error({ message: String(error) }, `error while stopping ${step.what}`));
    }
  };
  const hosts = launcherHosts(options.env);
  try {
    let serverUrl = options.databaseUrl;
    if (!serverUrl) {
      const dataDir = options.env.EMBEDDED_PG_DIR ?? DEFAULT_EMBEDDED_PG_DIR;
      const embedded = await startEmbeddedPostgres({ dataDir, port: Number(options.env.EMBEDDED_PG_PORT ?? 5454) });
      stops.push({ what: 'embedded PostgreSQL', run: () => embedded.stop() });
      serverUrl = embedded.url;
      logger.info({ dataDir: embedded.dataDir }, 'embedded PostgreSQL started');
      if (embedded.dataDir !== dataDir) {
        logger.warn(
          `the embedded PostgreSQL keeps its data in ${embedded.dataDir}: the postgres user it runs as (we are root) cannot enter ${dataDir}`,
        );
      }
    }
    const prefix = options.databasePrefix ?? 'antrian';
    const bus = createEventBus({ natsUrl: options.env.NATS_URL, logger, name: 'antrian-launcher' });
    stops.push({ what: 'event bus', run: () => bus.close() });

    const urls: Record<string, string> = {};
    await Promise.all(
      SUBGRAPHS.map(async (subgraph) => {
        const { child, report } = forkSubgraph(
          {
            ...options.env,
            SUBGRAPH: subgraph.name,
            WORKER_TASK: 'serve',
            PORT: String(options.ports[subgraph.name] ?? subgraph.defaultPort),
            HOST: hosts.subgraphHost,
            DATABASE_URL: withDatabase(serverUrl!, `${prefix}_${subgraph.name}`),
          },
          // A slow machine (or one shared by many test runs) needs longer than the 60 s default.
          Number(options.env.SUBGRAPH_START_TIMEOUT_SECONDS ?? 60) * 1000,
          options.subgraphNodeFlags,
        );
        const unserve = options.env.NATS_URL ? undefined : serveBusToChild(bus, child);
        let stopping = false;
        // A subgraph that dies on its own takes its part of the graph with it: say so loudly.
        child.once('exit', (code, signal) => {
          if (!stopping) logger.error({ code, signal }, `the ${subgraph.name} subgraph stopped; restart npm start`);
        });
        stops.push({
          what: `subgraph ${subgraph.name}`,
          run: async () => {
            stopping = true;
            await stopSubgraph(child);
            await unserve?.();
          },
        });
        const ready = await report;
        if (ready.worker === 'ready') urls[subgraph.name] = ready.url;
      }),
    );

    const gatewayConfig = loadGatewayConfig({
      ...options.env,
      GATEWAY_PORT: String(options.ports.gateway),
      GATEWAY_HOST: hosts.gatewayHost,
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    });
    const gateway = await createGateway({
      config: gatewayConfig,
      bus,
      logger: createLogger('gateway', options.env.LOG_LEVEL ?? 'info'),
    });
    stops.push({ what: 'gateway', run: () => gateway.stop() });
    return { gatewayUrl: gateway.url, liveStats: () => gateway.liveStats(), subgraphs: urls, bus, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
