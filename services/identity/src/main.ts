import { createLogger } from '@antrian/logging';
import { createEventBus } from '@antrian/messaging';
import { loadIdentityConfig } from './config/identity.config';
import { startIdentity } from './identity.app';

/** The identity subgraph as its own process (production). Migrations are a separate step. */
async function main(): Promise<void> {
  const config = loadIdentityConfig();
  const logger = createLogger('identity', config.LOG_LEVEL);
  const bus = await createEventBus({ natsUrl: config.NATS_URL, logger, name: 'identity' });
  const subgraph = await startIdentity({ config, bus, logger, migrate: config.NODE_ENV !== 'production' });
  logger.info({ url: subgraph.url }, 'identity subgraph ready');
  const stop = async () => {
    await subgraph.close();
    await bus.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
