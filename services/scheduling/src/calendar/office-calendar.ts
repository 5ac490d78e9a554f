import { DateTime } from 'luxon';
import { addDays, datesBetween, localInstant, weekday } from './local-time';

export type ReleaseMode = 'ROLLING' | 'MONTHLY';

/**
 * When places are released. ROLLING: a day's sessions open `daysAhead` days before, at `time`.
 * MONTHLY: a month's sessions all open at `time` on the last working day of the month before
 * (the rush DOMAIN.md describes).
 */
export interface ReleaseRule {
  mode: ReleaseMode;
  daysAhead: number;
  time: string;
}

export interface TemplateSlot {
  /** ISO weekday, 1 = Monday … 5 = Friday. */
  weekday: number;
  start: string;
  end: string;
  capacity: number;
}

export interface PlannedSession {
  localDate: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  bookableFrom: Date;
}

/** Monday to Friday, and not a national or office holiday (or collective leave day). */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return weekday(date) <= 5 && !holidays.has(date);
}

export function lastWorkingDayOfMonth(yearMonth: string, holidays: ReadonlySet<string>): string {
  let date = DateTime.fromISO(`${yearMonth}-01`, { zone: 'UTC' }).endOf('month').toISODate()!;
  while (!isWorkingDay(date, holidays)) date = addDays(date, -1);
  return date;
}

export function releaseInstant(
  rule: ReleaseRule,
  sessionDate: string,
  zone: string,
  holidays: ReadonlySet<string>,
): Date {
  if (rule.mode === 'ROLLING') return localInstant(addDays(sessionDate, -rule.daysAhead), rule.time, zone);
  const previousMonth = DateTime.fromISO(sessionDate, { zone: 'UTC' }).minus({ months: 1 }).toFormat('yyyy-MM');
  return localInstant(lastWorkingDayOfMonth(previousMonth, holidays), rule.time, zone);
}

/** The sessions an office's weekly template gives for each working day from `from` to `to`. */
export function planSessions(
  template: readonly TemplateSlot[],
  range: { from: string; to: string },
  zone: string,
  holidays: ReadonlySet<string>,
  rule: ReleaseRule,
): PlannedSession[] {
  return datesBetween(range.from, range.to).flatMap((date) => {
    if (!isWorkingDay(date, holidays)) return [];
    const bookableFrom = releaseInstant(rule, date, zone, holidays);
    return template
      .filter((slot) => slot.weekday === weekday(date))
      .map((slot) => ({
        localDate: date,
        startsAt: localInstant(date, slot.start, zone),
        endsAt: localInstant(date, slot.end, zone),
        capacity: slot.capacity,
        bookableFrom,
      }));
  });
}

/** Hourly arrival sessions from 08:00-09:00 to 14:00-15:00, Monday to Friday, seven places each. */
export function defaultTemplate(capacityPerSession = 7): TemplateSlot[] {
  return [1, 2, 3, 4, 5].flatMap((day) =>
    [8, 9, 10, 11, 12, 13, 14].map((hour) => ({
      weekday: day,
      start: `${String(hour).padStart(2, '0')}:00`,
      end: `${String(hour + 1).padStart(2, '0')}:00`,
      capacity: capacityPerSession,
    })),
  );
}
