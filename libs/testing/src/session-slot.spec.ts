import { DateTime } from 'luxon';
import { sessionSlot } from './session-slot';

const HOUR = 3_600_000;
const local = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone });

describe('sessionSlot', () => {
  it('starts off the whole minute, nth minutes after the one asked for', () => {
    const near = new Date('2026-12-02T03:00:40.000Z'); // 10:00:40 WIB
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, HOUR, 3, near);
    expect(startsAt.toISOString()).toBe('2026-12-02T03:03:17.000Z');
    expect(endsAt.getTime() - startsAt.getTime()).toBe(HOUR);
  });

  it('moves a future slot that would cross local midnight to start at it', () => {
    const now = new Date('2026-12-02T00:00:00.000Z');
    const near = new Date('2026-12-02T16:40:00.000Z'); // 23:40 WIB
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, HOUR, 2, now);
    expect(local(startsAt, 'Asia/Jakarta').toFormat('yyyy-MM-dd HH:mm:ss')).toBe('2026-12-03 00:02:17');
    expect(local(endsAt, 'Asia/Jakarta').toISODate()).toBe('2026-12-03');
  });

  it.each([
    ['before midnight', '2026-12-02T14:50:00.000Z'], // 23:50 WIT on 2 December
    ['after midnight', '2026-12-02T15:10:00.000Z'], // 00:10 WIT on 3 December
  ])('keeps a slot that must be running now within one local day, %s', (_, at) => {
    const now = new Date(at);
    const { startsAt, endsAt } = sessionSlot('Asia/Jayapura', new Date(now.getTime() - HOUR / 2), HOUR, 0, now);
    expect(startsAt.getTime()).toBeLessThan(now.getTime());
    expect(endsAt.getTime()).toBeGreaterThan(now.getTime());
    expect(local(new Date(endsAt.getTime() - 1), 'Asia/Jayapura').toISODate()).toBe(
      local(startsAt, 'Asia/Jayapura').toISODate(),
    );
  });
});
