import { localDate, localInstant } from './local-time';
import { defaultTemplate, isWorkingDay, lastWorkingDayOfMonth, planSessions, releaseInstant } from './office-calendar';

const NO_HOLIDAYS = new Set<string>();

describe('office calendar', () => {
  describe('local time in WIB, WITA and WIT around midnight', () => {
    it.each([
      ['Asia/Jakarta', '2026-12-01T16:59:59Z', '2026-12-01'],
      ['Asia/Jakarta', '2026-12-01T17:00:00Z', '2026-12-02'],
      ['Asia/Makassar', '2026-12-01T15:59:59Z', '2026-12-01'],
      ['Asia/Makassar', '2026-12-01T16:00:00Z', '2026-12-02'],
      ['Asia/Jayapura', '2026-12-01T14:59:59Z', '2026-12-01'],
      ['Asia/Jayapura', '2026-12-01T15:00:00Z', '2026-12-02'],
    ])('in %s, %s falls on %s', (zone, instant, date) => {
      expect(localDate(new Date(instant), zone)).toBe(date);
    });

    it('turns local opening hours into UTC instants', () => {
      expect(localInstant('2026-12-02', '08:00', 'Asia/Jakarta').toISOString()).toBe('2026-12-02T01:00:00.000Z');
      expect(localInstant('2026-12-02', '08:00', 'Asia/Makassar').toISOString()).toBe('2026-12-02T00:00:00.000Z');
      expect(localInstant('2026-12-02', '08:00', 'Asia/Jayapura').toISOString()).toBe('2026-12-01T23:00:00.000Z');
    });
  });

  it('opens Monday to Friday except holidays', () => {
    expect(isWorkingDay('2026-12-04', NO_HOLIDAYS)).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05', NO_HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25', new Set(['2026-12-25']))).toBe(false);
  });

  it('finds the last working day of a month, skipping weekends and holidays', () => {
    expect(lastWorkingDayOfMonth('2026-10', NO_HOLIDAYS)).toBe('2026-10-30'); // the 31st is a Saturday
    expect(lastWorkingDayOfMonth('2026-12', new Set(['2026-12-31']))).toBe('2026-12-30');
  });

  it('releases a month at 09:00 local on the last working day of the month before', () => {
    const rule = { mode: 'MONTHLY' as const, daysAhead: 0, time: '09:00' };
    expect(releaseInstant(rule, '2026-12-15', 'Asia/Jayapura', NO_HOLIDAYS).toISOString()).toBe(
      '2026-11-30T00:00:00.000Z',
    );
  });

  it('releases a day a fixed number of days ahead in rolling mode', () => {
    const rule = { mode: 'ROLLING' as const, daysAhead: 14, time: '07:30' };
    expect(releaseInstant(rule, '2026-12-15', 'Asia/Jakarta', NO_HOLIDAYS).toISOString()).toBe(
      '2026-12-01T00:30:00.000Z',
    );
  });

  it('plans the template’s sessions on working days only', () => {
    const rule = { mode: 'ROLLING' as const, daysAhead: 30, time: '09:00' };
    const sessions = planSessions(
      defaultTemplate(7),
      { from: '2026-12-24', to: '2026-12-28' },
      'Asia/Makassar',
      new Set(['2026-12-25']),
      rule,
    );
    // Thursday 24th and Monday 28th; Friday 25th is a holiday, then a weekend.
    expect(new Set(sessions.map((s) => s.localDate))).toEqual(new Set(['2026-12-24', '2026-12-28']));
    expect(sessions).toHaveLength(14);
    expect(sessions[0]).toMatchObject({ capacity: 7 });
    expect(sessions[0].startsAt.toISOString()).toBe('2026-12-24T00:00:00.000Z');
    expect(sessions[0].endsAt.toISOString()).toBe('2026-12-24T01:00:00.000Z');
  });
});
