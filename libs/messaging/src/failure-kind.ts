/**
 * An error a handler throws when the event itself is wrong (it would fail the same way on every
 * delivery): the consumer dead-letters the event at once instead of retrying it.
 */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

/**
 * Whether an error would come back on every delivery of the same event: a `PermanentEventError`,
 * a programming error on its data (`TypeError`, `RangeError`, `SyntaxError`), or PostgreSQL
 * refusing the data itself (class 22, data exception, e.g. a malformed uuid; a NOT NULL or CHECK
 * violation). Lost connections, timeouts, deadlocks and serialization failures are transient.
 */
export function isDeterministicFailure(error: unknown): boolean {
  if (error instanceof PermanentEventError) return true;
  if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) return true;
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ??
    (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return false;
  return code.startsWith('22') || code === '23502' || code === '23514';
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
