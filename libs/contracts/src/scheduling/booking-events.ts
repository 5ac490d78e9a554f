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

/**
 * Version 2 of the booking events adds `bookingVersion`: the booking's own version, 1 when it is
 * made and one more with every change, so a consumer can order what it learns of one booking
 * whatever order the events arrive in. Version 1 events (written before) stay readable: consumers
 * accept both, ordering version 1 ones by `occurredAt` as before.
 */
export interface BookingVersioned {
  bookingVersion: number;
}

export const BookingCreatedV1 = defineEvent<BookingSnapshotPayload>()('scheduling.booking.created', 1);
export const BookingCreated = defineEvent<BookingSnapshotPayload & BookingVersioned>()('scheduling.booking.created', 2);

export interface BookingCancelledPayload {
  bookingId: string;
  officeId: string;
  sessionId: string;
  /** Set when the office cancelled it (a cancelled session, a holiday, a released NIK); added within version 1. */
  cancelReason?: string | null;
}

export const BookingCancelledV1 = defineEvent<BookingCancelledPayload>()('scheduling.booking.cancelled', 1);
export const BookingCancelled = defineEvent<BookingCancelledPayload & BookingVersioned>()(
  'scheduling.booking.cancelled',
  2,
);

export interface BookingRescheduledPayload extends BookingSnapshotPayload {
  previousSessionId: string;
}

export const BookingRescheduledV1 = defineEvent<BookingRescheduledPayload>()('scheduling.booking.rescheduled', 1);
export const BookingRescheduled = defineEvent<BookingRescheduledPayload & BookingVersioned>()(
  'scheduling.booking.rescheduled',
  2,
);

export interface BookingNoShowPayload {
  bookingId: string;
  officeId: string;
}

/** The end-of-day sweep: booked, never checked in. */
export const BookingMarkedNoShowV1 = defineEvent<BookingNoShowPayload>()('scheduling.booking.no_show', 1);
export const BookingMarkedNoShow = defineEvent<BookingNoShowPayload & BookingVersioned>()(
  'scheduling.booking.no_show',
  2,
);

export interface BookingReconciliationNeededPayload {
  bookingId: string;
  officeId: string;
  sessionId: string;
  /** What happened, e.g. `CHECKED_IN_AFTER_CANCELLATION_SESSION_FULL`. */
  reason: string;
}

/**
 * The floor reported a booking scheduling had already ended, and scheduling could not take its
 * place again (the session is full): a supervisor must decide. Scheduling keeps the booking ended
 * rather than oversell the session.
 */
export const BookingReconciliationNeeded = defineEvent<BookingReconciliationNeededPayload>()(
  'scheduling.booking.reconciliation_needed',
  1,
);
