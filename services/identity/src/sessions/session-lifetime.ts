import { PrincipalKind } from '@antrian/auth';

export interface SessionLifetimes {
  /** A refresh token unused this long expires. */
  refreshTokenTtlMs: number;
  /** When a session started now ends, per kind of principal; null: until revoked (devices). */
  maxAgeMs: Record<PrincipalKind, number | null>;
}

/** When a session that starts now ends, whatever its renewals; null for one that lasts until revoked. */
export function sessionEndsAt(kind: PrincipalKind, startedAt: Date, lifetimes: SessionLifetimes): Date | null {
  const maxAge = lifetimes.maxAgeMs[kind];
  return maxAge === null ? null : new Date(startedAt.getTime() + maxAge);
}

/** When a refresh token issued now stops working: unused for its TTL, and never after its session's end. */
export function refreshTokenExpiresAt(now: Date, sessionEnd: Date | null, lifetimes: SessionLifetimes): Date {
  const unused = new Date(now.getTime() + lifetimes.refreshTokenTtlMs);
  return sessionEnd && sessionEnd < unused ? sessionEnd : unused;
}
