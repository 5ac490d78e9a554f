import { DEFAULT_CALL_RULES, recallVerdict } from './recall-rules';

const calledAt = new Date('2026-11-30T01:00:00Z');
const after = (seconds: number) => new Date(calledAt.getTime() + seconds * 1000);

describe('recallVerdict', () => {
  it('allows a recall once the gap has passed since the latest call', () => {
    expect(recallVerdict({ callCount: 1, calledAt }, DEFAULT_CALL_RULES, after(60))).toEqual({ allowed: true });
    expect(recallVerdict({ callCount: 2, calledAt }, DEFAULT_CALL_RULES, after(600))).toEqual({ allowed: true });
  });

  it('refuses a recall too soon, saying how long to wait (rounded up)', () => {
    expect(recallVerdict({ callCount: 1, calledAt }, DEFAULT_CALL_RULES, after(0))).toEqual({
      allowed: false,
      reason: 'TOO_SOON',
      waitSeconds: 60,
    });
    expect(recallVerdict({ callCount: 1, calledAt }, DEFAULT_CALL_RULES, after(59.5))).toEqual({
      allowed: false,
      reason: 'TOO_SOON',
      waitSeconds: 1,
    });
  });

  it('refuses a recall past the office’s limit of calls, however long ago the last was', () => {
    expect(recallVerdict({ callCount: 3, calledAt }, DEFAULT_CALL_RULES, after(3600))).toEqual({
      allowed: false,
      reason: 'LIMIT_REACHED',
      maxCalls: 3,
    });
  });

  it('follows the office’s own rules', () => {
    const strict = { recallGapSeconds: 120, maxCalls: 2 };
    expect(recallVerdict({ callCount: 1, calledAt }, strict, after(90))).toMatchObject({ reason: 'TOO_SOON' });
    expect(recallVerdict({ callCount: 1, calledAt }, strict, after(120))).toEqual({ allowed: true });
    expect(recallVerdict({ callCount: 2, calledAt }, strict, after(120))).toMatchObject({ reason: 'LIMIT_REACHED' });
    const lenient = { recallGapSeconds: 0, maxCalls: 5 };
    expect(recallVerdict({ callCount: 4, calledAt }, lenient, after(0))).toEqual({ allowed: true });
  });
});
