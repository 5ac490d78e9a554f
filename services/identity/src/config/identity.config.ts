import { z } from 'zod';
import { databaseTimeoutSettingsShape } from '@antrian/database';
import { baseConfigSchema, loadConfig, pemSchema, portSchema } from '@antrian/config';
import { subgraphSettingsShape } from '@antrian/subgraph';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const seconds = count;
/** `true` or `false`; unset leaves the decision to the mode (see loadIdentityConfig). */
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const schema = baseConfigSchema.extend({
  PORT: portSchema.default(4001),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/antrian_identity'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  ...databaseTimeoutSettingsShape,
  AUTH_PRIVATE_KEY: pemSchema,
  ...subgraphSettingsShape,
  /** Used once, when no ADMIN exists yet. Optional in production, where it is set for the first start. */
  BOOTSTRAP_ADMIN_NIP: z
    .string()
    .regex(/^\d{18}$/, 'must be an 18-digit NIP')
    .optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10).optional(),

  /** A refresh token unused this long expires (each rotation starts it again). */
  REFRESH_TOKEN_TTL_DAYS: count(30),
  /** However often it is renewed, an applicant's session ends this long after she signed in. */
  APPLICANT_SESSION_MAX_DAYS: count(30),
  /** An officer's session ends this long after she signed in: one working day and a bit. */
  OFFICER_SESSION_MAX_HOURS: count(12),

  /** Sign-in: failures per account (any address) before each further try has to wait. */
  SIGN_IN_FREE_FAILURES: count(5),
  /** The first wait after the free failures; it doubles with each further failure. */
  SIGN_IN_DELAY_BASE_SECONDS: seconds(1),
  /** The longest wait: never a lock, the owner always gets in after it. */
  SIGN_IN_DELAY_MAX_SECONDS: seconds(120),
  /** Failures for one account from one address before that address is refused for that account. */
  SIGN_IN_ACCOUNT_ADDRESS_MAX_FAILURES: count(10),
  /** Failures from one address, all accounts together (generous: a carrier's address is shared). */
  SIGN_IN_ADDRESS_MAX_FAILURES: count(300),
  /** How long sign-in failures are counted (a window that starts at the first failure). */
  SIGN_IN_FAILURE_WINDOW_SECONDS: seconds(3600),

  /** Registrations from one client address per window (generous: a carrier's address is shared). */
  REGISTRATIONS_PER_ADDRESS: count(50),
  REGISTRATION_WINDOW_SECONDS: seconds(3600),

  /** An applicant books only after confirming her e-mail. Default: true in production, false otherwise. */
  EMAIL_CONFIRMATION_REQUIRED: flag.optional(),
  /** How long a confirmation code works. */
  EMAIL_CODE_TTL_SECONDS: seconds(30 * 60),
  /** Wrong codes before the code stops working (a new one must be asked for). */
  EMAIL_CODE_MAX_ATTEMPTS: count(5),
  /** Least time between two codes sent to one account. */
  EMAIL_CODE_RESEND_SECONDS: seconds(60),
  /** Codes sent again to one account per day (the one sent at registration not counted). */
  EMAIL_CODE_RESENDS_PER_DAY: count(10),

  /** argon2id cost; the defaults are OWASP's minimum recommendation (19 MiB, 2 passes). */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
});

export type IdentityConfig = Omit<z.infer<typeof schema>, 'EMAIL_CONFIRMATION_REQUIRED'> & {
  EMAIL_CONFIRMATION_REQUIRED: boolean;
};

export function loadIdentityConfig(env: Record<string, string | undefined> = process.env): IdentityConfig {
  const production = env.NODE_ENV === 'production';
  const config = loadConfig('identity', schema, env, {
    secrets: production
      ? ['AUTH_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY']
      : ['AUTH_PRIVATE_KEY', 'GATEWAY_PUBLIC_KEY', 'BOOTSTRAP_ADMIN_NIP', 'BOOTSTRAP_ADMIN_PASSWORD'],
  });
  return {
    ...config,
    EMAIL_CONFIRMATION_REQUIRED: config.EMAIL_CONFIRMATION_REQUIRED ?? config.NODE_ENV === 'production',
  };
}

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
