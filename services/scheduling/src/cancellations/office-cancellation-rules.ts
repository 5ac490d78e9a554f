import { hasRole, Identity, isAdmin } from '@antrian/auth';

/** The longest reason an office gives (it is shown to every applicant of the session). */
export const CANCEL_REASON_MAX_LENGTH = 200;

/** A SUPERVISOR of the session's office, or a national administrator, cancels a session. */
export function mayCancelSession(identity: Identity | null, officeId: string): boolean {
  if (identity?.kind !== 'officer') return false;
  return isAdmin(identity) || (hasRole(identity, 'SUPERVISOR') && identity.officeId === officeId);
}

/**
 * A holiday for the whole country (no office) is an administrator's; a SUPERVISOR may close her
 * OWN office for a day (a power cut, a holiday declared at short notice), never another's.
 */
export function mayAddHoliday(identity: Identity | null, officeId: string | null): boolean {
  if (identity?.kind !== 'officer') return false;
  if (isAdmin(identity)) return true;
  return officeId !== null && hasRole(identity, 'SUPERVISOR') && identity.officeId === officeId;
}

/** The reason as stored and shown: trimmed, 1 to 200 characters; null when it is not one. */
export function cancelReason(reason: string): string | null {
  const trimmed = reason.trim();
  return trimmed.length > 0 && trimmed.length <= CANCEL_REASON_MAX_LENGTH ? trimmed : null;
}

export type SessionCancellationVerdict = 'OK' | 'ALREADY_CANCELLED' | 'ENDED';

/** A session is cancelled once, and only before it ends (after that its bookings are the floor's). */
export function sessionCancellation(
  session: { endsAt: Date; cancelledAt: Date | null },
  now: Date,
): SessionCancellationVerdict {
  if (session.cancelledAt) return 'ALREADY_CANCELLED';
  if (session.endsAt <= now) return 'ENDED';
  return 'OK';
}
