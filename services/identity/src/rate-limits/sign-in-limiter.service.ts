import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';
import { rateLimitMessages, rateLimited } from './rate-limit.messages';
import { isRejection, limitKey, RateLimitStore, secondsUntil } from './rate-limit.store';
import { signInDelaySeconds, SignInDelayPolicy } from './sign-in-delay';

/** A sign-in that passed the limits; the caller says how it ended once the password is checked. */
export interface SignInAttempt {
  /** The right password: the account's failures are forgotten and the address's attempt given back. */
  succeeded(): Promise<void>;
}

/**
 * rate-limiter-flexible's login protection, consume first: every limit takes its point BEFORE the
 * password is checked (so racing guesses are counted, the ones still running included) and a
 * success gives it back. Three counters:
 *
 * - per client address, all accounts together: a hard limit, generous because many people share a
 *   carrier's address;
 * - per (account, address): a hard limit, so that one address cannot keep guessing one account,
 *   while the owner signing in from anywhere else is not held up by it;
 * - per account, from any address: a progressive delay (sign-in-delay.ts), never a lock. An
 *   account is the person, not the login text: an applicant's e-mail and NIK count as one;
 *   an unknown login counts as itself.
 *
 * A try refused by one counter gives back the points the counters before it took, so only tries
 * that reach the password count as failures.
 */
@Injectable()
export class SignInLimiter {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly store: RateLimitStore,
  ) {}

  private get window(): number {
    return this.config.SIGN_IN_FAILURE_WINDOW_SECONDS;
  }

  private get byAddress(): RateLimiterPostgres {
    return this.store.limiter('sign-in-address', {
      points: this.config.SIGN_IN_ADDRESS_MAX_FAILURES,
      durationSeconds: this.window,
    });
  }

  private get byAccountAndAddress(): RateLimiterPostgres {
    return this.store.limiter('sign-in-account-address', {
      points: this.config.SIGN_IN_ACCOUNT_ADDRESS_MAX_FAILURES,
      durationSeconds: this.window,
    });
  }

  /** Counts; never refuses by itself (the delay decides). */
  private get accountFailures(): RateLimiterPostgres {
    return this.store.limiter('sign-in-account', { points: Number.MAX_SAFE_INTEGER, durationSeconds: this.window });
  }

  /** One try per wait: a key that lives as long as the wait and lets only its first taker through. */
  private get accountGate(): RateLimiterPostgres {
    return this.store.limiter('sign-in-account-gate', { points: 1, durationSeconds: 1 });
  }

  private get delayPolicy(): SignInDelayPolicy {
    return {
      freeFailures: this.config.SIGN_IN_FREE_FAILURES,
      baseSeconds: this.config.SIGN_IN_DELAY_BASE_SECONDS,
      maxSeconds: this.config.SIGN_IN_DELAY_MAX_SECONDS,
    };
  }

  /**
   * Takes the points of one try, or refuses it with RATE_LIMITED and `retryAfterSeconds`.
   * `account` names the person ("applicant:<id>", "officer:<id>", "login:<text>"); `address` is
   * the client's as the gateway saw it (null: unknown, counted together).
   */
  async begin(account: string, address: string | null): Promise<SignInAttempt> {
    const keys = {
      address: limitKey('address', address),
      accountAndAddress: limitKey('account-address', account, address),
      account: limitKey('account', account),
    };
    const giveBack: (() => Promise<unknown>)[] = [];
    try {
      await this.byAddress.consume(keys.address);
      giveBack.push(() => this.byAddress.reward(keys.address));
      await this.byAccountAndAddress.consume(keys.accountAndAddress);
      giveBack.push(() => this.byAccountAndAddress.reward(keys.accountAndAddress));
      const failures = await this.accountFailures.penalty(keys.account);
      giveBack.push(() => this.accountFailures.reward(keys.account));
      const wait = signInDelaySeconds(failures.consumedPoints, this.delayPolicy);
      if (wait > 0) await this.accountGate.consume(keys.account, 1, { customDuration: wait });
    } catch (error) {
      await Promise.all(giveBack.map((undo) => undo()));
      if (!isRejection(error)) throw error;
      const seconds = secondsUntil(error);
      throw rateLimited(rateLimitMessages.signInWait(seconds), seconds);
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.byAddress.reward(keys.address),
          this.byAccountAndAddress.delete(keys.accountAndAddress),
          this.accountFailures.delete(keys.account),
          this.accountGate.delete(keys.account),
        ]);
      },
    };
  }
}
