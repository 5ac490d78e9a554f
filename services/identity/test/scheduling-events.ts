import { randomUUID } from 'node:crypto';
import {
  BookingCreated,
  BookingRescheduled,
  BookingRescheduledPayload,
  BookingSnapshotPayload,
  EventEnvelope,
} from '@antrian/contracts';

/**
 * What scheduling publishes when the account `applicantId` books (for herself or a family member)
 * at `officeId`; `occurredAt` defaults to now.
 */
export function bookingCreated(
  applicantId: string,
  officeId: string,
  occurredAt = new Date(),
): EventEnvelope<BookingSnapshotPayload> {
  const startsAt = new Date(occurredAt.getTime() + 3 * 86_400_000);
  return {
    id: randomUUID(),
    subject: BookingCreated.subject,
    version: BookingCreated.version,
    occurredAt: occurredAt.toISOString(),
    payload: {
      bookingId: randomUUID(),
      code: 'K7Q2MX9D',
      applicantId,
      officeId,
      sessionId: randomUUID(),
      sessionStartsAt: startsAt.toISOString(),
      sessionEndsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      service: 'RENEWAL',
      priority: null,
    },
  };
}

/** What scheduling publishes when that booking moves to a session of `officeId`. */
export function bookingRescheduled(
  booking: EventEnvelope<BookingSnapshotPayload>,
  officeId: string,
): EventEnvelope<BookingRescheduledPayload> {
  const moved = bookingCreated(booking.payload.applicantId, officeId);
  return {
    ...moved,
    subject: BookingRescheduled.subject,
    version: BookingRescheduled.version,
    payload: {
      ...moved.payload,
      bookingId: booking.payload.bookingId,
      code: booking.payload.code,
      previousSessionId: booking.payload.sessionId,
    },
  };
}
