import { bookingStanding } from './booking-standing';

describe('bookingStanding', () => {
  it('lets a booked booking of a session that goes ahead check in', () => {
    expect(bookingStanding({ status: 'BOOKED', cancelReason: null }, null)).toEqual({ checkIn: true });
  });

  it('refuses a booking whose session the office cancelled, with the office’s reason, before its own cancellation arrives', () => {
    expect(bookingStanding({ status: 'BOOKED', cancelReason: null }, 'Listrik padam')).toEqual({
      checkIn: false,
      why: 'CANCELLED_BY_OFFICE',
      reason: 'Listrik padam',
    });
  });

  it('tells a booking the office cancelled from one its applicant cancelled', () => {
    expect(bookingStanding({ status: 'CANCELLED', cancelReason: 'Hari libur' }, null)).toEqual({
      checkIn: false,
      why: 'CANCELLED_BY_OFFICE',
      reason: 'Hari libur',
    });
    expect(bookingStanding({ status: 'CANCELLED', cancelReason: null }, null)).toEqual({
      checkIn: false,
      why: 'CANCELLED',
    });
  });

  it('refuses a booking recorded as a no-show', () => {
    expect(bookingStanding({ status: 'NO_SHOW', cancelReason: null }, null)).toEqual({
      checkIn: false,
      why: 'NO_SHOW',
    });
  });
});
