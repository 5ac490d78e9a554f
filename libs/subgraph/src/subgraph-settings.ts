import { z } from 'zod';
import { pemSchema, readyRequiresNatsShape } from '@antrian/config';
import { CreateUsedIdentityHeader1765000000000 } from './migrations/1765000000000-create-used-identity-header';

const limitSchema = z.coerce.number().int().positive();

/**
 * Settings every subgraph has (each service's config schema spreads them in): the gateway's
 * public key, and the gateway's depth and alias limits, which a subgraph keeps for clients that
 * reach it directly. Set them as at the gateway.
 */
export const subgraphSettingsShape = {
  GATEWAY_PUBLIC_KEY: pemSchema,
  MAX_DEPTH: limitSchema.default(8),
  MAX_ALIASES: limitSchema.default(15),
  /** On SIGTERM: how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: limitSchema.default(10_000),
  /** On SIGTERM, after the requests: how long the last outbox drain may take. */
  SHUTDOWN_DRAIN_MS: limitSchema.default(5_000),
  /** `false` keeps the floor serving through a NATS outage (the outbox holds the events). */
  ...readyRequiresNatsShape,
};

export type SubgraphSettings = z.infer<z.ZodObject<typeof subgraphSettingsShape>>;

/** Each service adds these to its own data source, beside the messaging ones. */
export const SUBGRAPH_MIGRATIONS = [CreateUsedIdentityHeader1765000000000];
