// `npm run test:faults`: the fault tests (test/faults/**/*.fault-spec.ts), real processes on
// loopback broken on purpose. Not part of `npm test`; skipped where nats-server is missing.
// The workspace's node project (TypeScript through SWC, path aliases), narrowed to test/faults.
const base = require('./jest.config').projects.find((project) => project.displayName === 'node');

module.exports = {
  ...base,
  displayName: 'faults',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/faults/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/global-teardown.ts',
  testTimeout: 300_000,
  // One test at a time: each starts a whole system of processes on a two-core machine.
  maxWorkers: 1,
};
