/** Per-office rules, set by the supervisor; see DOMAIN.md "A booking" for the defaults. */
export interface BookingRules {
  /** Booking closes this long before the session starts (default 0: until it starts). */
  bookingClosesMinutesBefore: number;
  /** Cancel and reschedule until this long before the session (default 24 h). */
  changeCutoffMinutes: number;
}

export interface SessionTimes {
  startsAt: Date;
  bookableFrom: Date;
}

export type BookingWindowVerdict = 'OPEN' | 'NOT_YET_RELEASED' | 'CLOSED';

export function bookingWindow(session: SessionTimes, rules: BookingRules, now: Date): BookingWindowVerdict {
  if (now < session.bookableFrom) return 'NOT_YET_RELEASED';
  if (now.getTime() >= session.startsAt.getTime() - rules.bookingClosesMinutesBefore * 60_000) return 'CLOSED';
  return 'OPEN';
}

/** Cancelling or moving a booking is allowed until the office's cut-off before its session. */
export function canChange(session: { startsAt: Date }, rules: BookingRules, now: Date): boolean {
  return now.getTime() <= session.startsAt.getTime() - rules.changeCutoffMinutes * 60_000;
}
