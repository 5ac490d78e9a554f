import { createLogger } from '@antrian/logging';
import { launcherHosts } from './exposure';
import { seedDemoDataOrSayWhy } from './seed-demo-data';
import { RunningStack, StackOptions, startStack } from './stack';

export interface LaunchedStack extends RunningStack {
  /** Whether the demo data is there (seeded now or before); false when it was skipped or failed. */
  demoData: boolean;
}

/**
 * What `npm start` does once its settings are read: warns when the stack is opened to other
 * machines with the development secrets, starts it, and seeds the demo data in development mode
 * (SEED_DEMO_DATA=false skips it). A seeding that fails leaves the stack serving. `onStackStarted`
 * hears of the stack before the seeding, so that Ctrl-C during it stops everything in order.
 */
export async function launch(
  options: StackOptions,
  onStackStarted?: (stack: RunningStack) => void,
): Promise<LaunchedStack> {
  const { env } = options;
  const logger = options.logger ?? createLogger('antrian', env.LOG_LEVEL ?? 'info');
  for (const warning of launcherHosts(env).warnings) logger.warn(warning);
  const stack = await startStack({ ...options, logger });
  onStackStarted?.(stack);
  const demoData =
    env.NODE_ENV === 'development' && env.SEED_DEMO_DATA !== 'false'
      ? await seedDemoDataOrSayWhy(stack.gatewayUrl, env, logger)
      : false;
  return { ...stack, demoData };
}
