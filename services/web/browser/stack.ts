/**
 * The running stack for the browser tests, in its own process: the system as `npm start` runs it
 * (every subgraph in its own process, the gateway, the demo data seeded through the graph) on
 * free ports, on the test server's databases under a fresh prefix (DATABASE_URL, else an embedded
 * PostgreSQL in a temporary folder), and the web client built and served beside it. Prints one
 * line `STACK {...}` with the addresses; stops and drops its databases on SIGTERM.
 *
 *   node -r @swc-node/register services/web/browser/stack.ts
 */
import { createLogger } from '@antrian/logging';
import { launch } from '../../../deploy/local/launch';
import { buildWebClient, serveWebClient } from '../../../deploy/local/web-client';
import globalSetup, { globalTeardown } from '../../../libs/testing/src/global-setup';
import { dropStackDatabases, e2ePrefix, e2eStackOptions } from '../../../test/e2e/e2e-stack';

async function main(): Promise<void> {
  const logger = createLogger('browser-stack', process.env.LOG_LEVEL ?? 'warn');
  await globalSetup();
  const prefix = `web${e2ePrefix()}`;
  await buildWebClient(logger);
  const stack = await launch(
    e2eStackOptions(prefix, {
      env: { NODE_ENV: 'development', SEED_DEMO_DATA: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      logger,
    }),
  );
  if (!stack.demoData) throw new Error('the demo data was not seeded');
  const web = await serveWebClient({ port: 0, host: '127.0.0.1', graphqlUrl: stack.gatewayUrl });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await web.stop();
    await stack.stop();
    await dropStackDatabases(prefix).catch(() => undefined);
    await globalTeardown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdout.write(
    `STACK ${JSON.stringify({ gatewayUrl: stack.gatewayUrl, webUrl: web.url.replace('localhost', '127.0.0.1') })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
