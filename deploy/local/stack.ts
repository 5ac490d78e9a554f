import { join } from 'node:path';
import { EmbeddedPostgresHandle, startEmbeddedPostgres, withDatabase } from '@antrian/database';
import { createLogger, Logger } from '@antrian/logging';
import { createEventBus, EventBus } from '@antrian/messaging';
import { RunningSubgraph } from '@antrian/subgraph';
import { createGateway } from '../../gateway/src/gateway';
import { loadGatewayConfig } from '../../gateway/src/config/gateway.config';
import { loadIdentityConfig } from '../../services/identity/src/config/identity.config';
import { startIdentity } from '../../services/identity/src/identity.app';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface StackOptions {
  env: Record<string, string | undefined>;
  /** A PostgreSQL server to create the services' databases on; unset: the embedded one. */
  databaseUrl?: string;
  /** Ports for the gateway and subgraphs; 0 picks free ones (tests). */
  ports: { gateway: number; identity: number };
  /** Suffix for database names, so that test stacks never share data with `npm start`. */
  databasePrefix?: string;
  logger?: Logger;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphs: Record<string, string>;
  bus: EventBus;
  stop(): Promise<void>;
}

/**
 * The whole system in one Node.js process: every subgraph on its own port with its own module
 * tree and database, the gateway in front, and one event bus (NATS when `NATS_URL` is set,
 * otherwise in-process). Used by `npm start` and by the end-to-end tests.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const logger = options.logger ?? createLogger('antrian', options.env.LOG_LEVEL ?? 'info');
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) {
      await step().catch((error: unknown) => logger.error({ message: String(error) }, 'error while stopping'));
    }
  };
  try {
    let serverUrl = options.databaseUrl;
    if (!serverUrl) {
      const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres({
        dataDir: options.env.EMBEDDED_PG_DIR ?? join(REPO_ROOT, '.data', 'postgres'),
        port: Number(options.env.EMBEDDED_PG_PORT ?? 5454),
      });
      stops.push(() => embedded.stop());
      serverUrl = embedded.url;
      logger.info({ dataDir: options.env.EMBEDDED_PG_DIR ?? '.data/postgres' }, 'embedded PostgreSQL started');
    }
    const prefix = options.databasePrefix ?? 'antrian';
    const bus = await createEventBus({ natsUrl: options.env.NATS_URL, logger, name: 'antrian' });
    stops.push(() => bus.close());

    const identityConfig = loadIdentityConfig({
      ...options.env,
      PORT: String(options.ports.identity),
      HOST: '127.0.0.1',
      DATABASE_URL: withDatabase(serverUrl, `${prefix}_identity`),
    });
    const identity: RunningSubgraph = await startIdentity({
      config: identityConfig,
      bus,
      logger: logger.child({ service: 'identity' }),
      migrate: true,
    });
    stops.push(() => identity.close());

    const gatewayConfig = loadGatewayConfig({
      ...options.env,
      GATEWAY_PORT: String(options.ports.gateway),
      IDENTITY_URL: identity.url,
    });
    const gateway = await createGateway({ config: gatewayConfig, bus, logger: logger.child({ service: 'gateway' }) });
    stops.push(() => gateway.stop());

    return { gatewayUrl: gateway.url, subgraphs: { identity: identity.url }, bus, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
