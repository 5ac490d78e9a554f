import { signInDelaySeconds } from './sign-in-delay';

const policy = { freeFailures: 5, baseSeconds: 1, maxSeconds: 120 };

describe('signInDelaySeconds', () => {
  it('lets the free failures through without a wait', () => {
    for (const failures of [0, 1, 5]) expect(signInDelaySeconds(failures, policy)).toBe(0);
  });

  it('then doubles the wait with each failure', () => {
    expect([6, 7, 8, 9, 10].map((failures) => signInDelaySeconds(failures, policy))).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits longer than the longest wait, however many failures', () => {
    expect(signInDelaySeconds(13, policy)).toBe(120);
    expect(signInDelaySeconds(5000, policy)).toBe(120);
  });
});
