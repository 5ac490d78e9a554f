import { DEFAULT_SERVICE_SECONDS, estimateWaitSeconds } from './wait-estimate';

describe('estimated wait', () => {
  it('grows with the position and the stage pace, and shrinks with open counters', () => {
    expect(estimateWaitSeconds(1, 240, 1)).toBe(240);
    expect(estimateWaitSeconds(3, 240, 1)).toBe(720);
    expect(estimateWaitSeconds(3, 240, 2)).toBe(360);
    expect(estimateWaitSeconds(5, 100, 3)).toBe(167);
  });

  it('assumes 300 s per service before the stage has any, and at least one counter', () => {
    expect(estimateWaitSeconds(2, null, 1)).toBe(2 * DEFAULT_SERVICE_SECONDS);
    expect(estimateWaitSeconds(2, 0, 0)).toBe(600);
    expect(estimateWaitSeconds(0, 60, 1)).toBe(60);
  });
});
