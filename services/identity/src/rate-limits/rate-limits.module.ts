import { Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit.store';
import { RegistrationLimiter } from './registration-limiter.service';
import { SignInLimiter } from './sign-in-limiter.service';

/** The limits identity keeps itself, in PostgreSQL so every replica counts together. */
@Module({
  providers: [RateLimitStore, SignInLimiter, RegistrationLimiter],
  exports: [RateLimitStore, SignInLimiter, RegistrationLimiter],
})
export class RateLimitsModule {}
