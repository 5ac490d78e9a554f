import { DateTime } from 'luxon';

export interface SessionSlot {
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;
/**
 * Template sessions start on whole minutes; a slot 17 s past the minute can never meet one, so a
 * test's extra session is never refused as a duplicate start, whatever the time of day it runs.
 */
const OFF_THE_MINUTE = 17_000;

/**
 * A one-off session for tests, starting near `near` (plus `nth` minutes, so that the slots of one
 * test run never collide) and lasting `lengthMs` within one office-local day, as `addSession`
 * demands: a slot that would run over local midnight ends at it instead, so it still starts when
 * asked (a check-in window meant to be open now stays open). One that must already be running at
 * `now`, when `now` is past that midnight, starts on today's side of it instead.
 */
export function sessionSlot(
  timeZone: string,
  near: Date,
  lengthMs: number,
  nth = 0,
  now: Date = new Date(),
): SessionSlot {
  const startsAt = Math.floor(near.getTime() / MINUTE) * MINUTE + nth * MINUTE + OFF_THE_MINUTE;
  const midnight = DateTime.fromMillis(startsAt, { zone: timeZone }).startOf('day').plus({ days: 1 }).toMillis();
  if (startsAt + lengthMs <= midnight) return slot(startsAt, startsAt + lengthMs);
  if (now.getTime() < midnight) return slot(startsAt, midnight);
  const today = Math.max(midnight, Math.min(midnight + nth * MINUTE + OFF_THE_MINUTE, now.getTime() - 1000));
  return slot(today, today + lengthMs);
}

function slot(startsAt: number, endsAt: number): SessionSlot {
  return { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
}
