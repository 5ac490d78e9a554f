import { resolve } from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { baseConfigSchema, loadConfig, pemSchema, readyRequiresNatsShape } from '@antrian/config';

/** The checked-in supergraph, found from this file so that any working directory will do. */
export const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '../../supergraph.graphql');

/** 0 asks the operating system for a free port (tests, several gateways on one machine). */
const listenPortSchema = z.coerce.number().int().min(0).max(65535);
const limitSchema = z.coerce.number().int().positive();

/** Which proxies in front of the gateway may say who the client is (see clientAddressOf). */
export type TrustedProxies = false | number | string[];

/**
 * `TRUST_PROXY`: unset or `false`, none (the client is the socket's peer); a number, that many
 * proxy hops (e.g. `1` behind one load balancer); otherwise a comma-separated list of proxy
 * addresses, subnets or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 */
const trustProxySchema = z
  .string()
  .optional()
  .transform((value, context): TrustedProxies => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '' || trimmed === 'false') return false;
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    if (trimmed === 'true') {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'trusting every proxy lets any client choose its own address: give the hop count or the proxies',
      });
      return z.NEVER;
    }
    const proxies = trimmed
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    try {
      proxyAddr.compile(proxies);
    } catch (error) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
      return z.NEVER;
    }
    return proxies;
  });

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
  /** Signs the identity header to subgraphs (Ed25519); they hold GATEWAY_PUBLIC_KEY. */
  GATEWAY_PRIVATE_KEY: pemSchema,
  TRUST_PROXY: trustProxySchema,
  /** Field nesting with fragments flattened; the deepest queries the contract's clients need have 6. */
  MAX_DEPTH: limitSchema.default(8),
  MAX_ALIASES: limitSchema.default(15),
  /** Cost of one operation, list fields multiplied by their expected sizes (see operation-cost.ts). */
  MAX_COST: limitSchema.default(10_000),
  /** Expected sizes behind the cost: offices in the country, sessions per office and day, any other list. */
  COST_OFFICES: limitSchema.default(150),
  COST_SESSIONS_PER_DAY: limitSchema.default(12),
  COST_LIST_SIZE: limitSchema.default(20),
  MAX_TOKENS: limitSchema.default(1000),
  MAX_DIRECTIVES: limitSchema.default(50),
  MAX_BODY_BYTES: limitSchema.default(100 * 1024),
  /**
   * Requests (HTTP operations and WebSocket upgrades) one client address may make per window, on
   * each gateway replica. Generous: many people share one carrier's address.
   */
  RATE_LIMIT_PER_ADDRESS: limitSchema.default(3000),
  RATE_LIMIT_WINDOW_SECONDS: limitSchema.default(60),
  /** Open WebSockets per client address, per replica. */
  MAX_SOCKETS_PER_ADDRESS: limitSchema.default(200),
  MAX_SUBSCRIPTIONS_PER_SOCKET: limitSchema.default(10),
  /**
   * `subscribe` messages one socket may send per second; a socket that sends more is closed
   * (4429). Twice the subscriptions a socket may hold: a client may subscribe to all anew at once.
   */
  MAX_SUBSCRIBES_PER_SECOND: limitSchema.default(20),
  /**
   * How long the gateway waits for one subgraph request (its whole answer); past it the client
   * gets SERVICE_UNAVAILABLE, safe to retry (with the same idempotency key for a booking).
   */
  SUBGRAPH_TIMEOUT_MS: limitSchema.default(10_000),
  /** On SIGTERM: how long requests in flight may take to finish before the gateway closes them. */
  SHUTDOWN_GRACE_MS: limitSchema.default(10_000),
  /** NATS gone means no live updates and no revocations; `false` still serves queries and mutations. */
  ...readyRequiresNatsShape,
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
  return loadConfig('gateway', gatewayConfigSchema, env, { secrets: ['AUTH_PUBLIC_KEY', 'GATEWAY_PRIVATE_KEY'] });
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
