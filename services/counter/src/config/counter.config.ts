import { z } from 'zod';
import { baseConfigSchema, loadConfig, pemSchema, portSchema } from '@antrian/config';
import { subgraphSettingsShape } from '@antrian/subgraph';

const schema = baseConfigSchema.extend({
  PORT: portSchema.default(4003),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/antrian_counter'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(20),
  /** Scheduling's public QR key: the floor verifies booking QR codes without asking scheduling. */
  QR_PUBLIC_KEY: pemSchema,
  ...subgraphSettingsShape,
  /** Walk-in tickets without a priority group (lane W) per office and local day until its supervisor sets a cap. */
  WALK_IN_DEFAULT_CAP: z.coerce.number().int().min(0).max(10_000).default(20),
  /** Priority walk-in tickets (their own quota, lane P) per office and local day, likewise. */
  PRIORITY_WALK_IN_DEFAULT_CAP: z.coerce.number().int().min(0).max(10_000).default(10),
  /** How often past days are swept: unfinished tickets become no-shows, counters left open close. */
  MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
  /** Typed booking codes that match nothing at the office, per officer and window (check-in, pickup). */
  CODE_LOOKUP_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  CODE_LOOKUP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /** `followTicket` codes that match no ticket, per client address and window (generous: carriers share addresses). */
  FOLLOW_LOOKUP_MAX_MISSES: z.coerce.number().int().min(1).default(60),
  FOLLOW_LOOKUP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
});

export type CounterConfig = z.infer<typeof schema>;

export function loadCounterConfig(env: Record<string, string | undefined> = process.env): CounterConfig {
  return loadConfig('counter', schema, env, { secrets: ['QR_PUBLIC_KEY', 'GATEWAY_PUBLIC_KEY'] });
}

export const COUNTER_CONFIG = Symbol('COUNTER_CONFIG');
export const COUNTER_LOGGER = Symbol('COUNTER_LOGGER');
