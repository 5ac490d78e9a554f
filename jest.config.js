// One Jest run for the whole workspace: unit specs beside the code (*.spec.ts), integration tests
// against real PostgreSQL and NATS (*.int-spec.ts) and end-to-end journeys through the gateway
// (test/**/*.e2e-spec.ts). SWC compiles TypeScript with decorator metadata, as NestJS needs.
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
const aliases = Object.fromEntries(
  Object.entries(swcrc.jsc.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

// The node project: services, gateway, libraries, deploy files and journeys.
const node = {
  displayName: 'node',
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: [
    '<rootDir>/libs',
    '<rootDir>/services',
    '<rootDir>/gateway',
    '<rootDir>/deploy',
    '<rootDir>/test',
    '<rootDir>/tools',
  ],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/bench/',
    '<rootDir>/test/faults/',
    '<rootDir>/services/web/',
  ],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper: aliases,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};

// The web client's component tests (services/web): Testing Library in jsdom, TSX through SWC.
const web = {
  displayName: 'web',
  rootDir: __dirname,
  roots: ['<rootDir>/services/web/src'],
  testEnvironment: 'jsdom',
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.(ts|tsx)$': [
      '@swc/jest',
      {
        swcrc: false,
        module: { type: 'commonjs' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  moduleNameMapper: { ...aliases, '\\.css$': '<rootDir>/services/web/src/testing/style-stub.js' },
  setupFilesAfterEnv: ['<rootDir>/services/web/src/testing/setup.ts'],
  testTimeout: 30000,
};

module.exports = { projects: [node, web], maxWorkers: 2, testTimeout: 30000 };
