import { LocalizedMessage, message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';

/** The refusals of this folder (the catalogue's `identity.*` sentences). */
export const rateLimitMessages = {
  signInWait: (seconds: number) => message('identity.signInWait', { seconds }),
  registrationsFromAddress: (seconds: number) =>
    message('identity.registrationsFromAddress', { minutes: Math.ceil(seconds / 60) }),
} as const;

/** RATE_LIMITED, with the wait in `extensions.retryAfterSeconds`. */
export function rateLimited(refusal: LocalizedMessage, retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', refusal, { retryAfterSeconds });
}
