import { runSubgraphProcess } from '@antrian/subgraph';
import { loadIdentityConfig } from './config/identity.config';
import { startIdentity } from './identity.app';

runSubgraphProcess({ name: 'identity', loadConfig: () => loadIdentityConfig(), start: startIdentity });
