import { runMigrationCommand } from '@antrian/subgraph';
import { loadIdentityConfig } from './config/identity.config';
import { migrateIdentity } from './identity.app';

runMigrationCommand('identity', () => loadIdentityConfig(), migrateIdentity);
