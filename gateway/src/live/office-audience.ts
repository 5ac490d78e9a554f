import { actsForOffice, Identity } from '@antrian/auth';

/**
 * The visibility class "officers of the office": `officeFloorChanged` and whatever else an
 * office's staff watch together. Each subscriber is judged once, when she subscribes; the
 * executions that follow are shared by all the office's authorised subscribers of the same
 * selection (one per live message, however many there are), and run as the office's audience
 * below. A revoked session, a deactivated officer or an expired token closes the socket, and with
 * it the subscription (see live-subscription.server.ts).
 */
export type OfficeAudienceVerdict = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** An officer of the office (any role) or a national ADMIN may watch it; nobody else, no device. */
export function officeAudienceVerdict(identity: Identity | null, officeId: string): OfficeAudienceVerdict {
  if (!identity) return 'UNAUTHENTICATED';
  return actsForOffice(identity, officeId) ? 'ALLOWED' : 'FORBIDDEN';
}

/**
 * No real principal (the nil UUID names nobody): the subgraphs see "an officer of this office with
 * no role", the least any authorised subscriber may see. An ADMIN or a SUPERVISOR watching with
 * the others sees what every officer of the office sees; nobody sees more than she may.
 */
export const OFFICE_AUDIENCE_SUB = '00000000-0000-0000-0000-000000000000';

export function officeAudienceIdentity(officeId: string): Identity {
  return { sub: OFFICE_AUDIENCE_SUB, kind: 'officer', roles: [], officeId };
}
