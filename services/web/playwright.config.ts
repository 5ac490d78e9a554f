import { defineConfig } from '@playwright/test';
import { chromiumPath } from './browser/chromium';

/**
 * Browser tests (`npm run test:browser`): Debian's Chromium, no browser download. The global
 * setup starts the whole stack on free ports (browser/stack.ts) and serves the built web client.
 */
export default defineConfig({
  testDir: './browser',
  testMatch: '**/*.pw.ts',
  outputDir: './test-results/output',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  globalSetup: './browser/global-setup.ts',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--autoplay-policy=no-user-gesture-required',
        '--enable-precise-memory-info',
        '--js-flags=--expose-gc',
      ],
    },
    trace: 'off',
    screenshot: 'off',
  },
});
