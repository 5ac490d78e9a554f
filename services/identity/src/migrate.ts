import { createLogger } from '@antrian/logging';
import { loadIdentityConfig } from './config/identity.config';
import { migrateIdentity } from './identity.app';

/** `npm run migrate:identity`: the production migration step (a Kubernetes Job runs it). */
const config = loadIdentityConfig();
const logger = createLogger('identity-migrate', config.LOG_LEVEL);
migrateIdentity(config, logger).then(
  () => process.exit(0),
  (error: unknown) => {
    logger.error({ message: error instanceof Error ? error.message : String(error) }, 'migration failed');
    process.exit(1);
  },
);
