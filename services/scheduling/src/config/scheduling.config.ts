import { z } from 'zod';
import { databaseTimeoutSettingsShape } from '@antrian/database';
import { baseConfigSchema, loadConfig, pemSchema, portSchema } from '@antrian/config';
import { subgraphSettingsShape } from '@antrian/subgraph';

const schema = baseConfigSchema.extend({
  PORT: portSchema.default(4002),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/antrian_scheduling'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(20),
  ...databaseTimeoutSettingsShape,
  QR_PRIVATE_KEY: pemSchema,
  ...subgraphSettingsShape,
  /** How far ahead the weekly templates are turned into bookable sessions. */
  SESSION_HORIZON_DAYS: z.coerce.number().int().min(7).max(400).default(62),
  /** How far ahead a one-off session (addSession) may start; further is refused as a typing error. */
  SESSION_MAX_DAYS_AHEAD: z.coerce.number().int().min(1).max(3660).default(730),
  /** How often the calendar is extended and past bookings are swept to NO_SHOW. */
  MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
  /**
   * New bookings per client address and window. Generous: at a release many people share one
   * carrier's address; one active booking per person is what carries the weight.
   */
  BOOKINGS_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
  BOOKINGS_PER_ADDRESS_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Look-ups of `booking(code)` that find nothing, per officer or device and window. */
  CODE_LOOKUP_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  CODE_LOOKUP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /**
   * How long one public availability read is served again from memory (per process): a storm of
   * refreshes then costs one query a second, and `remaining` there may be that old. 0: always read.
   */
  AVAILABILITY_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
});

export type SchedulingConfig = z.infer<typeof schema>;

export function loadSchedulingConfig(env: Record<string, string | undefined> = process.env): SchedulingConfig {
  return loadConfig('scheduling', schema, env, { secrets: ['QR_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY'] });
}

export const SCHEDULING_CONFIG = Symbol('SCHEDULING_CONFIG');
export const SCHEDULING_LOGGER = Symbol('SCHEDULING_LOGGER');
