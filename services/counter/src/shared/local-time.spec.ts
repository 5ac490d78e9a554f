import { localClock, localDate } from './local-time';

describe('office-local time', () => {
  it('gives each zone its own date for the same instant', () => {
    const instant = new Date('2026-12-01T16:30:00Z');
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(localDate(instant, 'Asia/Makassar')).toBe('2026-12-02');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2026-12-02');
  });

  it('reads an instant on the office wall clock', () => {
    expect(localClock(new Date('2026-12-02T00:30:00Z'), 'Asia/Jakarta')).toBe('07:30, 2026-12-02');
    expect(localClock(new Date('2026-12-02T00:30:00Z'), 'Asia/Jayapura')).toBe('09:30, 2026-12-02');
  });
});
