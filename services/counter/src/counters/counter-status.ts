/** Closed (nobody holds it), open (its officer calls there) or paused (she keeps it, nothing is called). */
export type CounterStatus = 'CLOSED' | 'OPEN' | 'PAUSED';

export const COUNTER_STATUSES: readonly CounterStatus[] = ['CLOSED', 'OPEN', 'PAUSED'];

export interface CounterState {
  officerId: string | null;
  pausedAt: Date | null;
}

export function counterStatus(counter: CounterState): CounterStatus {
  if (!counter.officerId) return 'CLOSED';
  return counter.pausedAt ? 'PAUSED' : 'OPEN';
}

/** Why an officer may not call at a counter now; null when she may. */
export type CallRefusal = 'CLOSED' | 'HELD_BY_ANOTHER' | 'PAUSED' | null;

/**
 * Only the officer holding the counter calls there (callNext, callTicket), and not while it is
 * paused: the pause stops calls, not her hold on the counter.
 */
export function callRefusal(counter: CounterState, officerId: string): CallRefusal {
  if (!counter.officerId) return 'CLOSED';
  if (counter.officerId !== officerId) return 'HELD_BY_ANOTHER';
  if (counter.pausedAt) return 'PAUSED';
  return null;
}

export const PAUSE_REASON_MAX_LENGTH = 200;

/** A pause's reason, trimmed; null when it is empty or too long. */
export function pauseReasonOf(input: string): string | null {
  const reason = input.trim();
  return reason && reason.length <= PAUSE_REASON_MAX_LENGTH ? reason : null;
}
