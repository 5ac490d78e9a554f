import { GraphQLError } from 'graphql';

/** The stable error codes of the public contract (`extensions.code`). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INVALID_NIK',
  'ALREADY_REGISTERED',
  'SESSION_FULL',
  'ACTIVE_BOOKING_EXISTS',
  'BOOKING_CLOSED',
  'OUTSIDE_ARRIVAL_WINDOW',
  'INVALID_QR',
  'ALREADY_CHECKED_IN',
  'COUNTER_NOT_OPEN',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  // added in contract v2
  'EMAIL_NOT_CONFIRMED',
  'SERVICE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal the client can act on: its message is meant for people and its code for programs.
 * Anything else thrown inside a subgraph is reported as an internal error without details.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
