import { runSubgraphProcess } from '@antrian/subgraph';
import { loadCounterConfig } from './config/counter.config';
import { startCounter } from './counter.app';

runSubgraphProcess({ name: 'counter', loadConfig: () => loadCounterConfig(), start: startCounter });
