import { LocalizedMessage, message } from '@antrian/messages';
import { hasRole, Identity } from '@antrian/auth';

/** The longest reason kept, after trimming. */
export const RELEASE_REASON_MAX_LENGTH = 500;

export type NikReleaseVerdict =
  | { allowed: true; reason: string }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT'; message: LocalizedMessage };

/**
 * Who releases a NIK: a SUPERVISOR of any office (the owner may come to whichever office) or an
 * ADMIN, having seen the owner's identity card; with a reason, which the holder is shown.
 */
export function judgeNikRelease(actor: Identity | null, nik: string, reason: string): NikReleaseVerdict {
  if (!actor) return { allowed: false, code: 'UNAUTHENTICATED', message: message('access.signIn') };
  if (!hasRole(actor, 'SUPERVISOR', 'ADMIN')) {
    return { allowed: false, code: 'FORBIDDEN', message: message('identity.onlySupervisorOrAdminReleasesNik') };
  }
  if (!/^\d{16}$/.test(nik)) return { allowed: false, code: 'BAD_USER_INPUT', message: message('identity.nik.FORMAT') };
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > RELEASE_REASON_MAX_LENGTH) {
    return {
      allowed: false,
      code: 'BAD_USER_INPUT',
      message: message('identity.releaseReasonLength', { max: RELEASE_REASON_MAX_LENGTH }),
    };
  }
  return { allowed: true, reason: trimmed };
}
