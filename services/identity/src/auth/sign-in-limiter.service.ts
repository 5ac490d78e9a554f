import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';

/**
 * Counts failed sign-ins per login in PostgreSQL (rate-limiter-flexible), so every replica sees
 * the same count. After SIGN_IN_MAX_FAILURES failures the login is locked for
 * SIGN_IN_LOCK_SECONDS, even for the right password. Keys are hashes: no login is stored.
 */
@Injectable()
export class SignInLimiter {
  private cached?: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** Made on first use: the pool exists only once the data source is connected. */
  private get limiter(): RateLimiterPostgres {
    return (this.cached ??= new RateLimiterPostgres({
      storeClient: (this.dataSource.driver as PostgresDriver).master,
      storeType: 'pool',
      tableName: 'sign_in_limit',
      tableCreated: true,
      clearExpiredByTimeout: true,
      keyPrefix: 'sign-in',
      points: this.config.SIGN_IN_MAX_FAILURES,
      duration: this.config.SIGN_IN_LOCK_SECONDS,
    }));
  }

  private key(login: string): string {
    return createHash('sha256').update(login.trim().toLowerCase()).digest('hex');
  }

  /** Seconds until the login may try again, or 0 when it may try now. */
  async lockedFor(login: string): Promise<number> {
    const state = await this.limiter.get(this.key(login));
    if (!state || state.consumedPoints < this.config.SIGN_IN_MAX_FAILURES) return 0;
    return Math.ceil(state.msBeforeNext / 1000);
  }

  async recordFailure(login: string): Promise<void> {
    try {
      await this.limiter.consume(this.key(login));
    } catch (rejection) {
      // A rejection only says the limit is reached now; the next attempt will be refused.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }

  async reset(login: string): Promise<void> {
    await this.limiter.delete(this.key(login));
  }
}
