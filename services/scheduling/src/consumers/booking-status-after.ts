import { BookingStatus } from '@antrian/contracts';

export type FloorEvent = 'CHECKED_IN' | 'COMPLETED' | 'NO_SHOW';

/**
 * What a booking becomes when the office floor reports on it; null when nothing changes. The
 * floor is the truth about who came: a check-in wins even over a cancellation that reached the
 * office too late (the link was down), because the applicant is standing there.
 */
export function bookingStatusAfter(event: FloorEvent, current: BookingStatus): BookingStatus | null {
  switch (event) {
    case 'CHECKED_IN':
      return ['BOOKED', 'CANCELLED', 'NO_SHOW'].includes(current) ? 'CHECKED_IN' : null;
    case 'COMPLETED':
      return current === 'COMPLETED' ? null : 'COMPLETED';
    case 'NO_SHOW':
      return current === 'BOOKED' || current === 'CHECKED_IN' ? 'NO_SHOW' : null;
  }
}

/**
 * Whether moving from `current` to `next` must take a place in the session again: a cancelled
 * booking gave its place back, so reviving it (checked in, completed) needs one, or the session
 * would hold more active bookings than places. A no-show keeps its place.
 */
export function needsPlaceAgain(current: BookingStatus, next: BookingStatus): boolean {
  return current === 'CANCELLED' && next !== 'CANCELLED';
}
