import { DateTime, IANAZone } from 'luxon';

/**
 * Every office lives in its own zone (WIB, WITA, WIT): "today", opening hours and release times
 * are local, instants are stored in UTC. These helpers are the only place that converts.
 */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone) && zone.includes('/');
}

/** The office-local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The instant at which it is `time` (HH:MM) on `date` in `zone`. */
export function localInstant(date: string, time: string, zone: string): Date {
  const result = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!result.isValid) throw new RangeError(`${date} ${time} is not a valid local time in ${zone}`);
  return result.toJSDate();
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

export function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;
}

export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
