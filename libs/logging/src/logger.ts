import { trace } from '@opentelemetry/api';
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

const NO_TRACE = {};

/**
 * The trace id of the span active where the line is written (and that span's id), so a log line
 * leads to its trace. Without tracing there is never an active span: one cheap lookup per line.
 */
export function traceMixin(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return NO_TRACE;
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
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
    mixin: traceMixin,
  };
  return destination ? pino(options, destination) : pino(options);
}
