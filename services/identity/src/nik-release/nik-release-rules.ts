import { hasRole, Identity } from '@antrian/auth';

/** The longest reason kept, after trimming. */
export const RELEASE_REASON_MAX_LENGTH = 500;

export type NikReleaseVerdict =
  | { allowed: true; reason: string }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT'; message: string };

/**
 * Who releases a NIK: a SUPERVISOR of any office (the owner may come to whichever office) or an
 * ADMIN, having seen the owner's identity card; with a reason, which the holder is shown.
 */
export function judgeNikRelease(actor: Identity | null, nik: string, reason: string): NikReleaseVerdict {
  if (!actor) return { allowed: false, code: 'UNAUTHENTICATED', message: 'Sign in first' };
  if (!hasRole(actor, 'SUPERVISOR', 'ADMIN')) {
    return { allowed: false, code: 'FORBIDDEN', message: 'Only a SUPERVISOR or an ADMIN releases a NIK' };
  }
  if (!/^\d{16}$/.test(nik)) return { allowed: false, code: 'BAD_USER_INPUT', message: 'A NIK has exactly 16 digits' };
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > RELEASE_REASON_MAX_LENGTH) {
    return {
      allowed: false,
      code: 'BAD_USER_INPUT',
      message: `The reason has 1 to ${RELEASE_REASON_MAX_LENGTH} characters`,
    };
  }
  return { allowed: true, reason: trimmed };
}
