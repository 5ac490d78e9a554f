import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';

const ROOT = join(__dirname, '..', '..');

/**
 * The graph as clients see it: the composed supergraph (gateway/supergraph.graphql, written by
 * `npm run compose`) without the federation's own directives and types.
 */
export function apiSchemaSdl(): string {
  const supergraph = Supergraph.build(readFileSync(join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}

/**
 * Typed operations: every `graphql(...)` document under services/web/src is checked against the
 * graph and typed in src/gql. Regenerate with `npx nx run web:codegen` after `npm run compose`;
 * services/web/src/gql/codegen.spec.ts fails while they are stale.
 */
const config: CodegenConfig = {
  schema: apiSchemaSdl(),
  documents: [join(ROOT, 'services/web/src/**/*.{ts,tsx}'), `!${join(ROOT, 'services/web/src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [join(ROOT, 'services/web/src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
