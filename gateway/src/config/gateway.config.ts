import { resolve } from 'node:path';
import { z } from 'zod';
import { baseConfigSchema, loadConfig, pemSchema } from '@antrian/config';

/** The checked-in supergraph, found from this file so that any working directory will do. */
export const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '../../supergraph.graphql');

/** 0 asks the operating system for a free port (tests, several gateways on one machine). */
const listenPortSchema = z.coerce.number().int().min(0).max(65535);
const limitSchema = z.coerce.number().int().positive();

export const gatewayConfigSchema = baseConfigSchema.extend({
  GATEWAY_PORT: listenPortSchema.default(4000),
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  SUPERGRAPH_PATH: z
    .string()
    .default(DEFAULT_SUPERGRAPH_PATH)
    .transform((path) => resolve(path)),
  IDENTITY_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  SCHEDULING_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  COUNTER_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  AUTH_PUBLIC_KEY: pemSchema,
  GATEWAY_SECRET: z.string().min(32),
  /** Field nesting with fragments flattened; the deepest queries the contract's clients need have 6. */
  MAX_DEPTH: limitSchema.default(8),
  MAX_ALIASES: limitSchema.default(15),
  MAX_COST: limitSchema.default(5000),
  MAX_TOKENS: limitSchema.default(1000),
  MAX_DIRECTIVES: limitSchema.default(50),
  MAX_BODY_BYTES: limitSchema.default(100 * 1024),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig('gateway', gatewayConfigSchema, env, { secrets: ['AUTH_PUBLIC_KEY', 'GATEWAY_SECRET'] });
}

/**
 * Where each subgraph really runs. The supergraph file carries the URLs it was composed with;
 * these, matched by subgraph name, replace them so one file serves every environment.
 */
export function subgraphUrls(config: GatewayConfig): Readonly<Record<string, string>> {
  return { identity: config.IDENTITY_URL, scheduling: config.SCHEDULING_URL, counter: config.COUNTER_URL };
}
