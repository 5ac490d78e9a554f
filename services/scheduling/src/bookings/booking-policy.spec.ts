import { BOOKING_CODE_ALPHABET, newBookingCode, normalizeBookingCode } from './booking-code';
import { bookingWindow, canChange } from './booking-policy';

const rules = { bookingClosesMinutesBefore: 0, changeCutoffMinutes: 24 * 60 };
const session = { startsAt: new Date('2026-12-02T01:00:00Z'), bookableFrom: new Date('2026-11-30T02:00:00Z') };

describe('booking rules', () => {
  it('opens at the release instant and closes when the session starts', () => {
    expect(bookingWindow(session, rules, new Date('2026-11-30T01:59:59Z'))).toBe('NOT_YET_RELEASED');
    expect(bookingWindow(session, rules, new Date('2026-11-30T02:00:00Z'))).toBe('OPEN');
    expect(bookingWindow(session, rules, new Date('2026-12-02T00:59:59Z'))).toBe('OPEN');
    expect(bookingWindow(session, rules, new Date('2026-12-02T01:00:00Z'))).toBe('CLOSED');
    const early = { ...rules, bookingClosesMinutesBefore: 120 };
    expect(bookingWindow(session, early, new Date('2026-12-01T23:00:00Z'))).toBe('CLOSED');
  });

  it('allows changes until the cut-off', () => {
    expect(canChange(session, rules, new Date('2026-12-01T01:00:00Z'))).toBe(true);
    expect(canChange(session, rules, new Date('2026-12-01T01:00:01Z'))).toBe(false);
  });
});

describe('booking codes', () => {
  it('are 8 characters of an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newBookingCode();
      expect(code).toHaveLength(8);
      expect([...code].every((c) => BOOKING_CODE_ALPHABET.includes(c))).toBe(true);
    }
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[01OILS5]/);
  });

  it('read back whatever the case or separators', () => {
    expect(normalizeBookingCode('k7mx-4q2p')).toBe('K7MX4Q2P');
  });
});
