import { defineEvent } from '../event-definition';

/** Everything the counter service needs to run an office's floor without asking scheduling. */
export interface OfficeSnapshotPayload {
  officeId: string;
  code: string;
  name: string;
  timeZone: string;
  /** Check-in opens this long before a session starts and closes when it ends. */
  checkInOpensMinutesBefore: number;
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
