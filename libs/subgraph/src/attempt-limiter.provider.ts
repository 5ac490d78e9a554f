import { FactoryProvider, InjectionToken } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttemptLimiter, AttemptLimiterOptions } from './attempt-limiter';

/** The table each service's migration makes for its attempt limits. */
export const ATTEMPT_LIMIT_TABLE = 'attempt_limit';

/**
 * A Nest provider of one AttemptLimiter over the service's `attempt_limit` table, its limit read
 * from the service's settings (which the factory gets by `configToken`).
 */
export function attemptLimiterProvider<Config>(
  provide: InjectionToken,
  configToken: InjectionToken,
  options: (config: Config) => Omit<AttemptLimiterOptions, 'table'>,
): Omit<FactoryProvider<AttemptLimiter>, 'useFactory'> & {
  useFactory: (dataSource: DataSource, config: Config) => AttemptLimiter;
} {
  return {
    provide,
    inject: [getDataSourceToken(), configToken],
    useFactory: (dataSource: DataSource, config: Config) =>
      new AttemptLimiter(dataSource, { table: ATTEMPT_LIMIT_TABLE, ...options(config) }),
  };
}
