/** An office's rules for announcing a called ticket again (scheduling's updateOfficeRules). */
export interface CallRules {
  /** A ticket is announced again no sooner than this after its latest call. */
  recallGapSeconds: number;
  /** A ticket is announced at most this often at one call, the first call included. */
  maxCalls: number;
}

/** What an office has until its supervisor sets its own (and what an older office event means). */
export const DEFAULT_CALL_RULES: CallRules = { recallGapSeconds: 60, maxCalls: 3 };

export type RecallVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'TOO_SOON'; waitSeconds: number }
  | { allowed: false; reason: 'LIMIT_REACHED'; maxCalls: number };

/**
 * May a called ticket be announced again now? Not before the office's gap has passed since its
 * latest call (the applicant is on her way), and not once it has been announced `maxCalls` times
 * (then the officer marks it a no-show). `waitSeconds` is rounded up, never 0.
 */
export function recallVerdict(
  ticket: { callCount: number; calledAt: Date | null },
  rules: CallRules,
  now: Date,
): RecallVerdict {
  if (ticket.callCount >= rules.maxCalls) return { allowed: false, reason: 'LIMIT_REACHED', maxCalls: rules.maxCalls };
  if (ticket.calledAt) {
    const sinceMs = now.getTime() - ticket.calledAt.getTime();
    const gapMs = rules.recallGapSeconds * 1000;
    if (sinceMs < gapMs)
      return { allowed: false, reason: 'TOO_SOON', waitSeconds: Math.ceil((gapMs - sinceMs) / 1000) };
  }
  return { allowed: true };
}
