import { z } from 'zod';
import { baseConfigSchema, loadConfig, pemSchema, portSchema } from '@antrian/config';
import { subgraphSettingsShape } from '@antrian/subgraph';

const schema = baseConfigSchema.extend({
  PORT: portSchema.default(4002),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/antrian_scheduling'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(20),
  QR_PRIVATE_KEY: pemSchema,
  ...subgraphSettingsShape,
  /** How far ahead the weekly templates are turned into bookable sessions. */
  SESSION_HORIZON_DAYS: z.coerce.number().int().min(7).max(400).default(62),
  /** How often the calendar is extended and past bookings are swept to NO_SHOW. */
  MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(300),
});

export type SchedulingConfig = z.infer<typeof schema>;

export function loadSchedulingConfig(env: Record<string, string | undefined> = process.env): SchedulingConfig {
  return loadConfig('scheduling', schema, env, { secrets: ['QR_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY'] });
}

export const SCHEDULING_CONFIG = Symbol('SCHEDULING_CONFIG');
export const SCHEDULING_LOGGER = Symbol('SCHEDULING_LOGGER');
