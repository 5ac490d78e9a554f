import { defineEvent } from '../event-definition';
import { PriorityGroup, ServiceKind } from './domain-enums';

/** A booking as the counter service keeps it, to check it in while scheduling is unreachable. */
export interface BookingSnapshotPayload {
  bookingId: string;
  code: string;
  applicantId: string;
  officeId: string;
  sessionId: string;
  /** ISO 8601, UTC. */
  sessionStartsAt: string;
  sessionEndsAt: string;
  service: ServiceKind;
  priority: PriorityGroup | null;
  /**
   * The family member the booking is for (null: the account holder herself), so that identity
   * can tell which person an office serves. Added within version 1: it is optional because events
   * written before it lack it, and consumers ignore fields they do not know, so no consumer breaks.
   */
  familyMemberId?: string | null;
}

export const BookingCreated = defineEvent<BookingSnapshotPayload>()('scheduling.booking.created', 1);

export interface BookingCancelledPayload {
  bookingId: string;
  officeId: string;
  sessionId: string;
  /** Set when the office cancelled it (a cancelled session, a holiday, a released NIK); added within version 1. */
  cancelReason?: string | null;
  /** The account that booked it, so its holder can be told; added within version 1 (older events lack it). */
  applicantId?: string;
}

export const BookingCancelled = defineEvent<BookingCancelledPayload>()('scheduling.booking.cancelled', 1);

export interface BookingRescheduledPayload extends BookingSnapshotPayload {
  previousSessionId: string;
}

export const BookingRescheduled = defineEvent<BookingRescheduledPayload>()('scheduling.booking.rescheduled', 1);

export interface BookingNoShowPayload {
  bookingId: string;
  officeId: string;
}

/** The end-of-day sweep: booked, never checked in. */
export const BookingMarkedNoShow = defineEvent<BookingNoShowPayload>()('scheduling.booking.no_show', 1);
