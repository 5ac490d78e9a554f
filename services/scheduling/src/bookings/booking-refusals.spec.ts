import { SessionForBooking } from '../sessions/session.repository';
import { changeRefusal, sessionRefusal } from './booking-refusals';
import { BookingEntity } from './booking.entity';

const NOW = new Date('2026-12-01T01:00:00Z');
const session = (overrides: Partial<SessionForBooking> = {}): SessionForBooking => ({
  id: 's',
  officeId: 'o',
  startsAt: new Date('2026-12-03T01:00:00Z'),
  endsAt: new Date('2026-12-03T02:00:00Z'),
  capacity: 10,
  booked: 3,
  bookableFrom: new Date('2026-11-01T02:00:00Z'),
  services: null,
  timeZone: 'Asia/Jakarta',
  bookingClosesMinutesBefore: 0,
  changeCutoffMinutes: 1440,
  maxReschedules: 1,
  cancelReason: null,
  earlierBookingId: null,
  ...overrides,
});

describe('why a place of a session is not sold', () => {
  it('sells a place of an open session with room', () => {
    expect(sessionRefusal(session(), { service: 'RENEWAL' }, NOW)).toBeNull();
  });

  it('refuses a session the office cancelled, naming its reason, before anything else', () => {
    const refusal = sessionRefusal(
      session({ cancelReason: 'Pemadaman listrik', booked: 10 }),
      { service: 'RENEWAL' },
      NOW,
    );
    expect(refusal?.extensions.code).toBe('BOOKING_CLOSED');
    expect(refusal?.message).toBe('Sesi ini dibatalkan oleh kantor (Pemadaman listrik). Silakan pilih sesi lain.');
  });

  it('refuses a full session as SESSION_FULL', () => {
    expect(sessionRefusal(session({ booked: 10 }), { service: 'RENEWAL' }, NOW)?.extensions.code).toBe('SESSION_FULL');
  });
});

describe('which bookings their applicant may change', () => {
  it('is a BOOKED one only', () => {
    const booking = (status: BookingEntity['status']) => Object.assign(new BookingEntity(), { status });
    expect(changeRefusal(booking('BOOKED'))).toBeNull();
    for (const status of ['CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      expect(changeRefusal(booking(status))?.extensions.code).toBe('INVALID_TRANSITION');
    }
  });
});
