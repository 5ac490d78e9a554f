import { z } from 'zod';
import { DEV_SECRETS, DevSecretName } from './dev-secrets';
import { allowsDevSecrets, settingsHoldingDevSecrets } from './dev-secret-guard';

export const runtimeModeSchema = z.enum(['development', 'production', 'test']).default('development');
export type RuntimeMode = z.infer<typeof runtimeModeSchema>;

export class ConfigError extends Error {
  constructor(service: string, problems: string[]) {
    super(`Invalid configuration for ${service}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Settings every service and the gateway share. */
export const baseConfigSchema = z.object({
  NODE_ENV: runtimeModeSchema,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: the in-process event bus (not durable). */
  NATS_URL: z.string().url().optional(),
  /** This process's NATS nkey seed (a user seed, `SU…`): required where the server authenticates by nkey. */
  NATS_NKEY_SEED: z
    .string()
    .regex(/^SU[A-Z2-7]{56}$/, 'must be an nkey user seed (SU followed by 56 base32 characters)')
    .optional(),
});

export interface LoadConfigOptions {
  /** Secrets that get a development default outside production mode. */
  secrets?: readonly DevSecretName[];
}

/**
 * Reads and validates a service's settings once, at start-up, from an environment record.
 * Fails fast with every problem listed. Outside production, missing secrets fall back to the
 * documented development values; in production a missing secret stops the service, and so does
 * any setting that holds a development secret (they are public).
 */
export function loadConfig<S extends z.ZodTypeAny>(
  service: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
  options: LoadConfigOptions = {},
): z.infer<S> {
  const mode = runtimeModeSchema.safeParse(env.NODE_ENV);
  const production = mode.success && mode.data === 'production';
  const values: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) values[key] = value === '' ? undefined : value;

  const problems: string[] = [];
  const missingSecrets = new Set<string>();
  for (const secret of options.secrets ?? []) {
    if (values[secret] !== undefined) continue;
    if (production) {
      missingSecrets.add(secret);
      problems.push(`${secret}: a secret, required in production mode`);
    } else values[secret] = DEV_SECRETS[secret];
  }
  if (!allowsDevSecrets(values.NODE_ENV)) {
    for (const name of settingsHoldingDevSecrets(values)) {
      problems.push(
        `${name}: holds a development secret, which anyone with the repository knows; set one of your own (NODE_ENV=${values.NODE_ENV})`,
      );
    }
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!missingSecrets.has(path)) problems.push(`${path || '(root)'}: ${issue.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(service, problems);
  return parsed.data;
}

/**
 * Whether readiness fails while NATS is unreachable (the gateway and every subgraph read it). `false`
 * keeps serving through a NATS outage, at the price of readiness not showing it.
 */
export const readyRequiresNatsShape = {
  READY_REQUIRES_NATS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
};

/** A PEM value from the environment, where `\n` may have been written as a literal backslash-n. */
export const pemSchema = z
  .string()
  .transform((value) => value.replace(/\\n/g, '\n'))
  .refine((value) => value.includes('-----BEGIN '), 'must be a PEM-encoded key');

/** 0 lets the system pick a free port (tests). */
export const portSchema = z.coerce.number().int().min(0).max(65535);
