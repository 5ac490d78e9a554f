import { QueryFailedError } from 'typeorm';

/** The constraint a unique violation (23505) broke, or undefined for any other error. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? '') : undefined;
}

/** A deadlock or serialization failure: the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return code === '40P01' || code === '40001';
}

/** PostgreSQL's unique_violation: the database, not a prior read, decides who came first. */
export function isUniqueViolation(error: unknown): boolean {
  return violatedUniqueConstraint(error) !== undefined;
}
