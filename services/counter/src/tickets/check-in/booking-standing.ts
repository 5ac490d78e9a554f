import { BookingCopyStatus } from '../../replica/booking-copy.entity';

/** Whether a booking may still be checked in, before its arrival window is looked at. */
export type BookingStanding =
  | { checkIn: true }
  /** The office cancelled it (its session, a holiday): the office's reason is told. */
  | { checkIn: false; why: 'CANCELLED_BY_OFFICE'; reason: string }
  | { checkIn: false; why: 'CANCELLED' }
  | { checkIn: false; why: 'NO_SHOW' };

/**
 * A cancelled session refuses check-in even when the booking's own cancellation has not reached the
 * floor yet (or a QR code stands in for a booking the floor never heard of): the session decides.
 */
export function bookingStanding(
  booking: { status: BookingCopyStatus; cancelReason: string | null },
  sessionCancelReason: string | null,
): BookingStanding {
  if (sessionCancelReason !== null) return { checkIn: false, why: 'CANCELLED_BY_OFFICE', reason: sessionCancelReason };
  if (booking.status === 'CANCELLED') {
    return booking.cancelReason
      ? { checkIn: false, why: 'CANCELLED_BY_OFFICE', reason: booking.cancelReason }
      : { checkIn: false, why: 'CANCELLED' };
  }
  if (booking.status === 'NO_SHOW') return { checkIn: false, why: 'NO_SHOW' };
  return { checkIn: true };
}
