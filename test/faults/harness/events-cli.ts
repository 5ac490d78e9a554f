import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './fault-stack';

const run = promisify(execFile);

/**
 * Runs `npm run events:<command>` (tools/events/events-cli.ts) as an operator would, against a
 * stack's service database. Returns its standard output.
 */
export async function eventsCommand(command: 'republish' | 'replay-dead-letters', args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', join(REPO_ROOT, 'tools/events/events-cli.ts'), command, ...args],
    { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', SWC_NODE_SOURCE_MAP_MODE: 'none' }, timeout: 120_000 },
  );
  return stdout;
}
