import { retryDelay } from './retry-backoff';

describe('retryDelay', () => {
  it('doubles from the base and stops at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6].map((failures) => retryDelay(failures, 100, 1000))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(retryDelay(10_000, 100, 1000)).toBe(1000);
  });
});
