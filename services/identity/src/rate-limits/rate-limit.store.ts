import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export interface LimitSettings {
  /** What the counter allows within one window. */
  points: number;
  /** The window, from the first point taken. */
  durationSeconds: number;
}

/**
 * The `rate_limit` table, through rate-limiter-flexible's RateLimiterPostgres: every replica sees
 * the same counters, and each take is one atomic upsert, so racing requests are counted one by
 * one. Keys are hashes: no login, address or id is stored.
 */
@Injectable()
export class RateLimitStore {
  private readonly limiters = new Map<string, RateLimiterPostgres>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One counter per name, made on first use: the pool exists only once the data source is connected. */
  limiter(name: string, settings: LimitSettings): RateLimiterPostgres {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: (this.dataSource.driver as PostgresDriver).master,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        // One sweeper of expired rows is enough for the whole table.
        clearExpiredByTimeout: this.limiters.size === 0,
        keyPrefix: name,
        points: settings.points,
        duration: settings.durationSeconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

/** A key that names what is counted without storing it. */
export function limitKey(...parts: (string | null)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\u0000'))
    .digest('hex');
}

/** A refusal by a counter (as opposed to the store failing). */
export function isRejection(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

/** Whole seconds to wait, at least one. */
export function secondsUntil(rejection: RateLimiterRes): number {
  return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
}
