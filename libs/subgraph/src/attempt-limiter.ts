import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { LocalizedMessage } from '@antrian/messages';
import { DomainError } from './domain-error';

export interface AttemptLimit {
  /** Attempts allowed per key within `durationSeconds`. */
  points: number;
  durationSeconds: number;
}

export interface AttemptLimiterOptions {
  /** A table of rate-limiter-flexible's shape (`key`, `points`, `expire`), made by the service's migration. */
  table: string;
  /** Tells this limit's keys from others kept in the same table. */
  keyPrefix: string;
  limit: AttemptLimit;
  /** What the refused person reads, given the seconds to wait: a catalogue message. */
  refusal: (seconds: number) => LocalizedMessage;
}

/**
 * A limit on attempts per key (a client address, a device, an officer), counted in PostgreSQL so
 * that every replica sees one count. An attempt is taken before the work it guards, never counted
 * after it: requests sent all at once cannot slip past the limit together
 * (rate-limiter-flexible's "consume first, reward later" pattern). Keys are stored as hashes.
 */
export class AttemptLimiter {
  private cached?: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: AttemptLimiterOptions,
  ) {}

  /** Made on first use: the pool exists only once the data source is connected. */
  private get limiter(): RateLimiterPostgres {
    return (this.cached ??= new RateLimiterPostgres({
      storeClient: (this.dataSource.driver as PostgresDriver).master,
      storeType: 'pool',
      tableName: this.options.table,
      tableCreated: true,
      clearExpiredByTimeout: true,
      keyPrefix: this.options.keyPrefix,
      points: this.options.limit.points,
      duration: this.options.limit.durationSeconds,
    }));
  }

  /** Takes one attempt for `key`, or refuses with RATE_LIMITED and the seconds to wait. */
  async take(key: string): Promise<void> {
    try {
      await this.limiter.consume(hashed(key));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new DomainError('RATE_LIMITED', this.options.refusal(seconds), {
        retryAfterSeconds: seconds,
      });
    }
  }

  /** Gives back an attempt that turned out not to count (it succeeded, or made nothing). */
  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(hashed(key), 1);
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
