/** Exponential backoff: `baseMs` after the first failure, doubling, never more than `maxMs`. */
export function retryDelay(failures: number, baseMs: number, maxMs: number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(maxMs, baseMs * 2 ** exponent);
}
