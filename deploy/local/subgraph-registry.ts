import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { RunningSubgraph } from '@antrian/subgraph';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface SubgraphDefinition {
  name: string;
  defaultPort: number;
  /** Where its printed SDL is committed, beside the service. */
  schemaPath: string;
  start(env: Record<string, string | undefined>, bus: EventBus, logger: Logger): Promise<RunningSubgraph>;
  buildSchemaApp(bus: EventBus, logger: Logger): Promise<INestApplication>;
}

/*
 * Each service's code is loaded only inside the process that runs it: NestJS keeps code-first
 * GraphQL types in one process-wide registry, so a process that loaded two services would put
 * the types of both into each schema.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const identity = () => ({
  ...(require('../../services/identity/src/identity.app') as typeof import('../../services/identity/src/identity.app')),
  ...(require('../../services/identity/src/config/identity.config') as typeof import('../../services/identity/src/config/identity.config')),
});
const scheduling = () => ({
  ...(require('../../services/scheduling/src/scheduling.app') as typeof import('../../services/scheduling/src/scheduling.app')),
  ...(require('../../services/scheduling/src/config/scheduling.config') as typeof import('../../services/scheduling/src/config/scheduling.config')),
});
const counter = () => ({
  ...(require('../../services/counter/src/counter.app') as typeof import('../../services/counter/src/counter.app')),
  ...(require('../../services/counter/src/config/counter.config') as typeof import('../../services/counter/src/config/counter.config')),
});
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every subgraph of the graph; the launcher and the composition follow this list. */
export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'identity',
    defaultPort: 4001,
    schemaPath: join(REPO_ROOT, 'services', 'identity', 'schema.graphql'),
    start: (env, bus, logger) => {
      const service = identity();
      return service.startIdentity({ config: service.loadIdentityConfig(env), bus, logger, migrate: true });
    },
    buildSchemaApp: (bus, logger) => {
      const service = identity();
      return service.buildIdentitySchemaApp({
        config: service.loadIdentityConfig({ NODE_ENV: 'development' }),
        bus,
        logger,
      });
    },
  },
  {
    name: 'scheduling',
    defaultPort: 4002,
    schemaPath: join(REPO_ROOT, 'services', 'scheduling', 'schema.graphql'),
    start: (env, bus, logger) => {
      const service = scheduling();
      return service.startScheduling({ config: service.loadSchedulingConfig(env), bus, logger, migrate: true });
    },
    buildSchemaApp: (bus, logger) => {
      const service = scheduling();
      return service.buildSchedulingSchemaApp({
        config: service.loadSchedulingConfig({ NODE_ENV: 'development' }),
        bus,
        logger,
      });
    },
  },
  {
    name: 'counter',
    defaultPort: 4003,
    schemaPath: join(REPO_ROOT, 'services', 'counter', 'schema.graphql'),
    start: (env, bus, logger) => {
      const service = counter();
      return service.startCounter({ config: service.loadCounterConfig(env), bus, logger, migrate: true });
    },
    buildSchemaApp: (bus, logger) => {
      const service = counter();
      return service.buildCounterSchemaApp({
        config: service.loadCounterConfig({ NODE_ENV: 'development' }),
        bus,
        logger,
      });
    },
  },
];

export function subgraphNamed(name: string): SubgraphDefinition {
  const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!definition) throw new Error(`No subgraph named ${name}`);
  return definition;
}
