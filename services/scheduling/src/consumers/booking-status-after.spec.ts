import { bookingStatusAfter, needsPlaceAgain } from './booking-status-after';

describe('bookingStatusAfter', () => {
  it('follows the day at the office', () => {
    expect(bookingStatusAfter('CHECKED_IN', 'BOOKED')).toBe('CHECKED_IN');
    expect(bookingStatusAfter('COMPLETED', 'CHECKED_IN')).toBe('COMPLETED');
    expect(bookingStatusAfter('NO_SHOW', 'CHECKED_IN')).toBe('NO_SHOW');
  });

  it('changes nothing when the booking is already there', () => {
    expect(bookingStatusAfter('CHECKED_IN', 'CHECKED_IN')).toBeNull();
    expect(bookingStatusAfter('COMPLETED', 'COMPLETED')).toBeNull();
    expect(bookingStatusAfter('CHECKED_IN', 'COMPLETED')).toBeNull();
    expect(bookingStatusAfter('NO_SHOW', 'COMPLETED')).toBeNull();
  });

  it('lets a no-show who re-joins, or a late cancellation, be checked in', () => {
    expect(bookingStatusAfter('CHECKED_IN', 'NO_SHOW')).toBe('CHECKED_IN');
    expect(bookingStatusAfter('CHECKED_IN', 'CANCELLED')).toBe('CHECKED_IN');
  });
});

describe('needsPlaceAgain', () => {
  it('takes a place again only to revive a cancelled booking', () => {
    expect(needsPlaceAgain('CANCELLED', 'CHECKED_IN')).toBe(true);
    expect(needsPlaceAgain('CANCELLED', 'COMPLETED')).toBe(true);
    expect(needsPlaceAgain('NO_SHOW', 'CHECKED_IN')).toBe(false);
    expect(needsPlaceAgain('BOOKED', 'CHECKED_IN')).toBe(false);
  });
});
