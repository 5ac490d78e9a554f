import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { forkSubgraph } from '../../deploy/local/fork-subgraph';
import { REPO_ROOT, SUBGRAPHS } from '../../deploy/local/subgraph-registry';

export const SUPERGRAPH_PATH = join(REPO_ROOT, 'gateway', 'supergraph.graphql');

export interface ComposedGraph {
  subgraphs: { name: string; schemaPath: string; sdl: string }[];
  supergraph: string;
}

/** Builds one subgraph's schema in its own process (no database) and returns its SDL. */
export async function printSdl(name: string): Promise<string> {
  const { report } = forkSubgraph({ ...process.env, SUBGRAPH: name, WORKER_TASK: 'print-sdl', LOG_LEVEL: 'warn' });
  const result = await report;
  if (result.worker !== 'sdl') throw new Error(`subgraph ${name} did not print its SDL`);
  return result.sdl;
}

/**
 * Prints each subgraph's SDL from its code-first schema and composes them with
 * @apollo/composition. Throws with every composition error listed.
 */
export async function composeSupergraph(): Promise<ComposedGraph> {
  const subgraphs = await Promise.all(
    SUBGRAPHS.map(async (subgraph) => ({
      name: subgraph.name,
      schemaPath: subgraph.schemaPath,
      sdl: await printSdl(subgraph.name),
    })),
  );
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: `http://127.0.0.1:${SUBGRAPHS.find((s) => s.name === subgraph.name)!.defaultPort}/graphql`,
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
