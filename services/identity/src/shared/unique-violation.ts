import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation: the database, not a prior read, decides who registered first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
