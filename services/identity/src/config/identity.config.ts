import { z } from 'zod';
import { baseConfigSchema, loadConfig, pemSchema, portSchema } from '@antrian/config';
import { subgraphSettingsShape } from '@antrian/subgraph';

const schema = baseConfigSchema.extend({
  PORT: portSchema.default(4001),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/antrian_identity'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  AUTH_PRIVATE_KEY: pemSchema,
  ...subgraphSettingsShape,
  /** Used once, when no ADMIN exists yet. Optional in production, where it is set for the first start. */
  BOOTSTRAP_ADMIN_NIP: z
    .string()
    .regex(/^\d{18}$/, 'must be an 18-digit NIP')
    .optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10).optional(),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /** argon2id cost; the defaults are OWASP's minimum recommendation (19 MiB, 2 passes). */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
});

export type IdentityConfig = z.infer<typeof schema>;

export function loadIdentityConfig(env: Record<string, string | undefined> = process.env): IdentityConfig {
  const production = env.NODE_ENV === 'production';
  return loadConfig('identity', schema, env, {
    secrets: production
      ? ['AUTH_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY']
      : ['AUTH_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY', 'BOOTSTRAP_ADMIN_NIP', 'BOOTSTRAP_ADMIN_PASSWORD'],
  });
}

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
