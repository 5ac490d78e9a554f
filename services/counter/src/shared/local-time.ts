import { DateTime } from 'luxon';

/**
 * Every office lives in its own zone (WIB, WITA, WIT): ticket numbering, "today" on the board and
 * the day report are office-local; instants are stored in UTC. These helpers are the only place
 * that converts.
 */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** How an instant reads on the office's wall clock, for messages in either language: "07:30, 2026-12-02". */
export function localClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm, yyyy-MM-dd');
}
