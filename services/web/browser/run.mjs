#!/usr/bin/env node
// `npm run test:browser`: the Playwright tests on Debian's Chromium. Without Chromium they are
// reported as skipped (like the NATS tests without NATS_URL); .ci/run installs it first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!chromium) {
  console.log('Chromium is not installed (apt-get install chromium): the browser tests are skipped.');
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'services/web/playwright.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
