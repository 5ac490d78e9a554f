import { runMigrationCommand } from '@antrian/subgraph';
import { loadSchedulingConfig } from './config/scheduling.config';
import { migrateScheduling } from './scheduling.app';

runMigrationCommand('scheduling', () => loadSchedulingConfig(), migrateScheduling);
