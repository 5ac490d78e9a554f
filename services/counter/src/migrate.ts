import { runMigrationCommand } from '@antrian/subgraph';
import { loadCounterConfig } from './config/counter.config';
import { migrateCounter } from './counter.app';

runMigrationCommand('counter', () => loadCounterConfig(), migrateCounter);
