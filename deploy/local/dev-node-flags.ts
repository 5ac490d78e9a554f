/**
 * The Node flags `npm start` gives each subgraph's process in development, where a process serves
 * one developer rather than a rush: a young generation of 2 MB semi-spaces instead of V8's 16 MB,
 * which the start-up's allocations would otherwise fill and keep (about 25 MB of RSS per process,
 * docs/benchmarks.md), and source maps, so that stack traces name the TypeScript lines.
 */
export const DEFAULT_DEV_NODE_FLAGS = '--max-semi-space-size=2 --enable-source-maps';

const flagName = (flag: string) => flag.split('=')[0];

/**
 * DEV_NODE_FLAGS replaces the defaults (empty: none, V8's own sizes, say for a load test against
 * `npm start`); a flag NODE_OPTIONS also names is left to NODE_OPTIONS, which a flag on the command
 * line would otherwise override.
 */
export function devNodeFlags(env: Record<string, string | undefined>): string[] {
  const flags = (env.DEV_NODE_FLAGS ?? DEFAULT_DEV_NODE_FLAGS).split(/\s+/).filter(Boolean);
  const fromNodeOptions = new Set((env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean).map(flagName));
  return flags.filter((flag) => !fromNodeOptions.has(flagName(flag)));
}
