import pino, { Logger } from 'pino';
import { errorSerializer } from './error-serializer';

export type { Logger } from 'pino';

/**
 * Personal data (NIK, names, phone numbers, e-mail) and credentials never reach the logs, even
 * when a whole object is logged by mistake: pino removes these keys wherever they appear, and
 * errors are logged through `safeErrorForLog`.
 */
export const REDACTED_KEYS = [
  'nik',
  'fullName',
  'phone',
  'email',
  'login',
  'birthDate',
  'password',
  'passwordHash',
  'refreshToken',
  'accessToken',
  'token',
  'qrToken',
  'authorization',
  'variables',
];

function redactPaths(): string[] {
  return REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers.${key}`]);
}

export function createLogger(
  name: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  const options = {
    name,
    level,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    // One serializer for errors under either key, in place of pino's default, which writes
    // every property of an error (PostgreSQL's `detail` and TypeORM's `parameters` among them).
    serializers: { err: errorSerializer, error: errorSerializer },
    base: { service: name },
  };
  return destination ? pino(options, destination) : pino(options);
}
