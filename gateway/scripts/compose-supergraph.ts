import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createLogger, Logger } from '@antrian/logging';
import { EventBus, InProcessEventBus } from '@antrian/messaging';
import { printSubgraphSdl } from '@antrian/subgraph';
import { loadIdentityConfig } from '../../services/identity/src/config/identity.config';
import { buildIdentitySchemaApp } from '../../services/identity/src/identity.app';

export const REPO_ROOT = join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = join(REPO_ROOT, 'gateway', 'supergraph.graphql');

interface SubgraphSource {
  name: string;
  /** Where the subgraph listens by default; the gateway's *_URL settings override it. */
  url: string;
  schemaPath: string;
  build(bus: EventBus, logger: Logger): Promise<INestApplication>;
}

const SUBGRAPHS: SubgraphSource[] = [
  {
    name: 'identity',
    url: 'http://127.0.0.1:4001/graphql',
    schemaPath: join(REPO_ROOT, 'services', 'identity', 'schema.graphql'),
    build: (bus, logger) =>
      buildIdentitySchemaApp({ config: loadIdentityConfig({ NODE_ENV: 'development' }), bus, logger }),
  },
];

export interface ComposedGraph {
  subgraphs: { name: string; schemaPath: string; sdl: string }[];
  supergraph: string;
}

/**
 * Prints each subgraph's SDL from its code-first schema (no database needed) and composes them
 * with @apollo/composition. Throws with every composition error listed.
 */
export async function composeSupergraph(): Promise<ComposedGraph> {
  const logger = createLogger('compose', 'warn');
  const bus = new InProcessEventBus(logger);
  const subgraphs: ComposedGraph['subgraphs'] = [];
  try {
    for (const source of SUBGRAPHS) {
      const app = await source.build(bus, logger);
      try {
        subgraphs.push({ name: source.name, schemaPath: source.schemaPath, sdl: printSubgraphSdl(app) });
      } finally {
        await app.close();
      }
    }
  } finally {
    await bus.close();
  }
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: SUBGRAPHS.find((source) => source.name === subgraph.name)!.url,
      typeDefs: parse(subgraph.sdl),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n` };
}

export function readCommitted(path: string): string {
  return readFileSync(path, 'utf8');
}
