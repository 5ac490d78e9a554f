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

  it('ends a slot at local midnight rather than let it run into the next day, keeping its start', () => {
    const now = new Date('2026-12-02T15:45:00.000Z'); // 22:45 WIB
    const near = new Date(now.getTime() + 30 * 60_000); // 23:15 WIB: its check-in window is open now
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, HOUR, 2, now);
    expect(local(startsAt, 'Asia/Jakarta').toFormat('yyyy-MM-dd HH:mm:ss')).toBe('2026-12-02 23:17:17');
    expect(local(endsAt, 'Asia/Jakarta').toFormat('yyyy-MM-dd HH:mm:ss')).toBe('2026-12-03 00:00:00');
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

  it('keeps running-now slots of one run apart and off the minute after midnight', () => {
    const now = new Date('2026-12-02T15:10:00.000Z'); // 00:10 WIT on 3 December
    const near = new Date(now.getTime() - HOUR / 2);
    const [first, second] = [1, 2].map((nth) => sessionSlot('Asia/Jayapura', near, HOUR, nth, now));
    expect(local(first.startsAt, 'Asia/Jayapura').toFormat('HH:mm:ss')).toBe('00:01:17');
    expect(local(second.startsAt, 'Asia/Jayapura').toFormat('HH:mm:ss')).toBe('00:02:17');
  });
});
