import { BookingSnapshotPayload } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';
import { SessionForBooking } from '../sessions/session.repository';
import { BookingEntity } from './booking.entity';
import { bookingWindow } from './booking-policy';

/** Thrown inside a booking's transaction when the session gave no place (full, or cancelled meanwhile). */
export class SessionFull extends Error {}

export const SESSION_FULL = () => new DomainError('SESSION_FULL', message('scheduling.sessionFull'));

export const SESSION_CANCELLED = (reason: string) =>
  new DomainError('BOOKING_CLOSED', message('session.cancelledNoBooking', { reason }));

/** Why a place of this session cannot be sold to this request now, or null when it can. */
export function sessionRefusal(session: SessionForBooking, input: { service: string }, now: Date): DomainError | null {
  if (session.cancelReason !== null) return SESSION_CANCELLED(session.cancelReason);
  const window = bookingWindow(session, session, now);
  if (window === 'NOT_YET_RELEASED') {
    return new DomainError(
      'BOOKING_CLOSED',
      message('scheduling.notYetReleased', { releasedAt: session.bookableFrom.toISOString() }),
      {
        opensAt: session.bookableFrom.toISOString(),
      },
    );
  }
  if (window === 'CLOSED') return new DomainError('BOOKING_CLOSED', message('scheduling.bookingClosed'));
  if (session.services && !session.services.includes(input.service as never)) {
    return new DomainError(
      'BAD_USER_INPUT',
      message('scheduling.sessionServesOnly', { services: session.services.join(', ') }),
    );
  }
  if (session.booked >= session.capacity) return SESSION_FULL();
  return null;
}

/** A booking as the counter service keeps it (BookingCreated, BookingRescheduled). */
export function bookingSnapshot(
  booking: BookingEntity,
  session: { startsAt: Date; endsAt: Date },
): BookingSnapshotPayload {
  return {
    bookingId: booking.id,
    code: booking.code,
    applicantId: booking.applicantId,
    officeId: booking.officeId,
    sessionId: booking.sessionId,
    sessionStartsAt: session.startsAt.toISOString(),
    sessionEndsAt: session.endsAt.toISOString(),
    service: booking.service,
    priority: booking.priority,
    familyMemberId: booking.familyMemberId,
  };
}

/** Only a BOOKED booking is changed by its applicant. */
export function changeRefusal(booking: BookingEntity): DomainError | null {
  if (booking.status === 'BOOKED') return null;
  return new DomainError('INVALID_TRANSITION', message('scheduling.bookingCannotChange', { status: booking.status }));
}
