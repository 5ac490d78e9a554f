import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Personal data (NIK, names, phone numbers, e-mail) and credentials never reach the logs, even
 * when a whole object is logged by mistake: pino removes these keys wherever they appear.
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
  const options = { name, level, redact: { paths: redactPaths(), censor: '[redacted]' }, base: { service: name } };
  return destination ? pino(options, destination) : pino(options);
}
