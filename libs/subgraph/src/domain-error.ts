import { GraphQLError } from 'graphql';
import { localize, LocalizedMessage } from '@antrian/messages';

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
 *
 * The message is chosen from the catalogue (`message('key', params)` of `@antrian/messages`) and
 * put into words in the language of the request (`localizedErrorsPlugin`). Plain strings are the
 * older form, kept only for the folders on the TODO list of
 * libs/messages/src/hand-made-sentences.spec.ts; once it is empty, `message` can be narrowed to
 * `LocalizedMessage`.
 */
export class DomainError extends GraphQLError {
  /** The catalogue's sentence, when the error was given one: rendered per request's language. */
  readonly localized?: LocalizedMessage;

  constructor(
    readonly code: ErrorCode,
    message: LocalizedMessage | string,
    details?: Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : localize(message), { extensions: { code, ...details } });
    this.name = 'DomainError';
    if (typeof message !== 'string') this.localized = message;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
