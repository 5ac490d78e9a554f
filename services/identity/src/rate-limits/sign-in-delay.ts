export interface SignInDelayPolicy {
  /** Failures per account before any wait. */
  freeFailures: number;
  baseSeconds: number;
  maxSeconds: number;
}

/**
 * How long an account's next sign-in must wait after `failures` failed (or still running) ones:
 * nothing within the free failures, then `baseSeconds`, doubling with each further failure up to
 * `maxSeconds`. A wait, never a lock: after it the owner's right password gets in.
 */
export function signInDelaySeconds(failures: number, policy: SignInDelayPolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  // 2^beyond overflows to Infinity long after the cap, which min() then applies.
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (beyond - 1));
}
