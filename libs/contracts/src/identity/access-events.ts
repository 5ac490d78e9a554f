import { defineEvent } from '../event-definition';

export interface NikReleasedPayload {
  /** The account (APPLICANT) or family entry (FAMILY_MEMBER) that held the NIK and is gone now. */
  personId: string;
  personKind: 'APPLICANT' | 'FAMILY_MEMBER';
  /** The account holder: the person herself, or the family member's holder. */
  applicantId: string;
  /** Why an officer released it (shown to the holder as the cancelled bookings' reason). */
  reason: string;
}

/**
 * A supervisor or administrator who saw the owner's identity card released a NIK that another
 * account held: that account is closed, or that family entry removed, and their active bookings
 * must be cancelled.
 */
export const NikReleased = defineEvent<NikReleasedPayload>()('identity.nik.released', 1);

export interface AccessRevokedPayload {
  principalId: string;
  principalKind: 'applicant' | 'officer' | 'device';
  /** One session (refresh-token family, the access token's `sid`); null: every session of the principal. */
  sessionId: string | null;
  /** ISO 8601, UTC: access tokens issued before this instant stop working at once. */
  revokedAt: string;
}

/**
 * Signed out, an officer deactivated, a device revoked: every gateway replica refuses the
 * matching access tokens and closes their WebSockets from now on, not when they expire.
 */
export const AccessRevoked = defineEvent<AccessRevokedPayload>()('identity.access.revoked', 1);
