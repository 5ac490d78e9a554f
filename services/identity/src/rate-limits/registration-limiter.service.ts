import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { rateLimitMessages, rateLimited } from './rate-limit.messages';
import { isRejection, limitKey, RateLimitStore, secondsUntil } from './rate-limit.store';

/**
 * Registrations per client address (REGISTRATIONS_PER_ADDRESS per REGISTRATION_WINDOW_SECONDS).
 * Every try that reaches the service counts, refused ones too: an ALREADY_REGISTERED answer tells
 * whether a NIK is held, so trying NIKs is limited as well.
 */
@Injectable()
export class RegistrationLimiter {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly store: RateLimitStore,
  ) {}

  async take(address: string | null): Promise<void> {
    const limiter = this.store.limiter('registration-address', {
      points: this.config.REGISTRATIONS_PER_ADDRESS,
      durationSeconds: this.config.REGISTRATION_WINDOW_SECONDS,
    });
    try {
      await limiter.consume(limitKey('address', address));
    } catch (error) {
      if (!isRejection(error)) throw error;
      const seconds = secondsUntil(error);
      throw rateLimited(rateLimitMessages.registrationsFromAddress(seconds), seconds);
    }
  }
}
