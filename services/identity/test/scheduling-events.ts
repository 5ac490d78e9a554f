import { randomUUID } from 'node:crypto';
import {
  BookingCreated,
  BookingRescheduled,
  BookingRescheduledPayload,
  BookingSnapshotPayload,
  EventEnvelope,
} from '@antrian/contracts';

export interface BookingEventOptions {
  /** The family member the booking is for; null (the default) for the account holder herself. */
  familyMemberId?: string | null;
  /** Defaults to now. */
  occurredAt?: Date;
}

/** What scheduling publishes when the account `applicantId` books at `officeId`, for herself or a family member. */
export function bookingCreated(
  applicantId: string,
  officeId: string,
  { familyMemberId = null, occurredAt = new Date() }: BookingEventOptions = {},
): EventEnvelope<BookingSnapshotPayload & { bookingVersion: number }> {
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
      familyMemberId,
      bookingVersion: 1,
    },
  };
}

/** The same event as a scheduling version before `familyMemberId` wrote it: without the field. */
export function withoutFamilyMemberId<P extends BookingSnapshotPayload>(event: EventEnvelope<P>): EventEnvelope<P> {
  const payload = { ...event.payload };
  delete payload.familyMemberId;
  return { ...event, payload };
}

/** What scheduling publishes when that booking moves to a session of `officeId`. */
export function bookingRescheduled(
  booking: EventEnvelope<BookingSnapshotPayload>,
  officeId: string,
): EventEnvelope<BookingRescheduledPayload> {
  const moved = bookingCreated(booking.payload.applicantId, officeId, {
    familyMemberId: booking.payload.familyMemberId,
  });
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
