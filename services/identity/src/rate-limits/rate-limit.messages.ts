import { DomainError } from '@antrian/subgraph';

/** The refusals of this folder, in one place (a later task moves them into the message catalogues). */
export const rateLimitMessages = {
  signInWait: (seconds: number) => `Too many failed sign-ins: try again in ${seconds} s`,
  registrationsFromAddress: (seconds: number) =>
    `Too many registrations from this network: try again in ${Math.ceil(seconds / 60)} min`,
} as const;

/** RATE_LIMITED, with the wait in `extensions.retryAfterSeconds`. */
export function rateLimited(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', message, { retryAfterSeconds });
}
