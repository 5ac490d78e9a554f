import { defineEvent } from '../event-definition';

/** Everything the counter service needs to run an office's floor without asking scheduling. */
export interface OfficeSnapshotPayload {
  officeId: string;
  code: string;
  name: string;
  timeZone: string;
  /** Check-in opens this long before a session starts and closes when it ends. */
  checkInOpensMinutesBefore: number;
  /**
   * The office's call rules (contract v2), added within version 1: optional, because events
   * written before them lack them; consumers use the defaults (60 s, 3 calls) then.
   */
  recallGapSeconds?: number;
  maxCalls?: number;
}

export const OfficeCreated = defineEvent<OfficeSnapshotPayload>()('scheduling.office.created', 1);
export const OfficeUpdated = defineEvent<OfficeSnapshotPayload>()('scheduling.office.updated', 1);

export interface SessionAddedPayload {
  sessionId: string;
  officeId: string;
  /** ISO 8601, UTC. */
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** Announces one-off sessions (special service days, same-day extra sessions). */
export const SessionAdded = defineEvent<SessionAddedPayload>()('scheduling.session.added', 1);

export interface SessionCancelledPayload {
  sessionId: string;
  officeId: string;
  /** ISO 8601, UTC. */
  startsAt: string;
  endsAt: string;
  /** The office's reason, as its applicants are told it. */
  reason: string;
  cancelledAt: string;
}

/**
 * The office cancelled a session (`cancelSession`, or a holiday added over it): its active
 * bookings are cancelled one by one (each a BookingCancelled with the reason), no place is sold
 * again, and the counter refuses check-in for it. A later notification service tells applicants.
 */
export const SessionCancelled = defineEvent<SessionCancelledPayload>()('scheduling.session.cancelled', 1);
