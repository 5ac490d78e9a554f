import { runSubgraphProcess } from '@antrian/subgraph';
import { loadSchedulingConfig } from './config/scheduling.config';
import { startScheduling } from './scheduling.app';

runSubgraphProcess({ name: 'scheduling', loadConfig: () => loadSchedulingConfig(), start: startScheduling });
