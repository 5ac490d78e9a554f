import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Starts browser/stack.ts (the whole system and the web client on free ports) and hands its
 * addresses to the tests through the environment; the returned function stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // A stack already running (its addresses given) is used as it is: handy while writing tests.
  if (process.env.WEB_URL && process.env.GATEWAY_URL) return async () => undefined;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'stack.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  });
  const addresses = await new Promise<{ gatewayUrl: string; webUrl: string }>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = /^STACK (.*)$/m.exec(buffer);
      if (line) resolve(JSON.parse(line[1]));
    });
    child.once('exit', (code) => reject(new Error(`the test stack stopped before it was ready (exit ${code})`)));
  });
  process.env.WEB_URL = addresses.webUrl;
  process.env.GATEWAY_URL = addresses.gatewayUrl;
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  };
}
