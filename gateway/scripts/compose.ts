import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPO_ROOT } from '../../deploy/local/subgraph-registry';
import { composeSupergraph, SUPERGRAPH_PATH } from './compose-supergraph';

/** `npm run compose`: writes each subgraph's SDL and the supergraph the gateway loads. */
composeSupergraph().then(
  ({ subgraphs, supergraph }) => {
    for (const subgraph of subgraphs) writeFileSync(subgraph.schemaPath, subgraph.sdl);
    writeFileSync(SUPERGRAPH_PATH, supergraph);
    console.warn(`composed ${subgraphs.map((s) => s.name).join(', ')} into ${relative(REPO_ROOT, SUPERGRAPH_PATH)}`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
