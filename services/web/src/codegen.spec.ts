/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

/**
 * The typed operations in src/gql are generated from the composed graph (gateway/supergraph.graphql)
 * and the operations the screens use; this fails while they are stale: run `npm run codegen`.
 */
describe('the generated operation types', () => {
  it('are those the present graph and operations give', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(output.filename, 'utf8');
      expect({ file: output.filename, stale: committed !== output.content }).toEqual({
        file: output.filename,
        stale: false,
      });
    }
  }, 120_000);
});
