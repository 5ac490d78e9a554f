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
  /**
   * Browser origins allowed to call the gateway (CORS), comma-separated, e.g.
   * `https://antrian.imigrasi.go.id,https://papan.imigrasi.go.id`; `*` allows any. Unset: any
   * origin in development, none but the gateway's own in production.
   */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig('gateway', gatewayConfigSchema, env, { secrets: ['AUTH_PUBLIC_KEY', 'GATEWAY_SECRET'] });
}

/** The `origin` option of the cors middleware. */
export function corsOrigins(config: GatewayConfig): boolean | string[] {
  if (!config.CORS_ORIGINS) return config.NODE_ENV !== 'production';
  return config.CORS_ORIGINS.includes('*') ? true : config.CORS_ORIGINS;
}

/**
 * Where each subgraph really runs. The supergraph file carries the URLs it was composed with;
 * these, matched by subgraph name, replace them so one file serves every environment.
 */
export function subgraphUrls(config: GatewayConfig): Readonly<Record<string, string>> {
  return { identity: config.IDENTITY_URL, scheduling: config.SCHEDULING_URL, counter: config.COUNTER_URL };
}
