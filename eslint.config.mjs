import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Layers, lowest first: a project may use its own layer and the ones below it, never above, and no
// service reaches into another service or the gateway (they meet through the graph and events).
// `@antrian/testing` (tagged type:testing, not type:lib) is for tests only.
const layers = [
  { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:domain'] },
  { sourceTag: 'layer:infrastructure', onlyDependOnLibsWithTags: ['layer:domain', 'layer:infrastructure'] },
  {
    sourceTag: 'layer:framework',
    onlyDependOnLibsWithTags: ['layer:domain', 'layer:infrastructure', 'layer:framework'],
  },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
];
// Tests (and the testing lib, which only tests use) may import any lib: a lib's own tests use
// `@antrian/testing`, which itself builds on that lib. The workspace's scripts that compose every
// subgraph's schema (gateway/scripts) read the subgraph registry of deploy/local.
const outsideLayers = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  'services/web/**/*.spec.tsx',
  'services/web/browser/**/*.ts',
  'test/**/*.ts',
  '**/test/**/*.ts',
  'libs/testing/**/*.ts',
  'gateway/scripts/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
      'services/web/src/gql/**',
      'services/web/test-results/**',
      'services/web/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: layers },
      ],
    },
  },
  { files: outsideLayers, rules: { '@nx/enforce-module-boundaries': 'off' } },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'test/**/*.ts',
      'libs/testing/**/*.ts',
      'services/web/browser/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
