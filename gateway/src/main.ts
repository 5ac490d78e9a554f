import { startProcessObservability } from '@antrian/observability';
import { ConfigError } from '@antrian/config';
import { createLogger } from '@antrian/logging';
import { createEventBus } from '@antrian/messaging';
import { createGateway } from './gateway';
import { GatewayConfig, loadGatewayConfig } from './config/gateway.config';

/** The gateway as a process of its own, configured only by its environment. */
async function main(): Promise<void> {
  const observability = startProcessObservability('gateway');
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const bus = await createEventBus({
    natsUrl: config.NATS_URL,
    natsNkeySeed: config.NATS_NKEY_SEED,
    logger,
    name: 'gateway',
  });
  try {
    const gateway = await createGateway({ config, bus, logger });
    logger.info({ url: gateway.url }, 'Gateway ready');
    const shutdown = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'Gateway stopping');
      gateway
        .stop()
        .then(() => bus.close())
        .then(() => observability.shutdown())
        .catch((error: unknown) => {
          logger.error({ err: error }, 'Gateway did not stop cleanly');
          process.exitCode = 1;
        });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    await bus.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error('Gateway failed to start:', error);
  process.exitCode = 1;
});
