import { composeSupergraph, readCommitted, SUPERGRAPH_PATH } from './compose-supergraph';

/** CI fails when composition fails or when someone changed a subgraph without `npm run compose`. */
describe('the committed supergraph', () => {
  it('composes and matches what the subgraphs print now', async () => {
    const { subgraphs, supergraph } = await composeSupergraph();
    for (const subgraph of subgraphs) {
      expect({ file: subgraph.schemaPath, sdl: readCommitted(subgraph.schemaPath) }).toEqual({
        file: subgraph.schemaPath,
        sdl: subgraph.sdl,
      });
    }
    expect(readCommitted(SUPERGRAPH_PATH)).toBe(supergraph);
  }, 60_000);
});
