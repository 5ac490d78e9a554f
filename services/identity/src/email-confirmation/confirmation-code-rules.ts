import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';

/** Six digits: easy to type from a phone's mail app; attempts and codes per day are limited. */
export function newConfirmationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What she typed, as a code: spaces and dashes a mail app or a person adds are left out. */
export function normaliseTypedCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/**
 * Codes are stored as an HMAC bound to the account, keyed by a key derived from identity's
 * signing key: reading the table alone does not tell a code (six digits would be found at once
 * from a plain hash), and a code works for its own account only.
 */
export class ConfirmationCodes {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', secret, Buffer.alloc(0), 'antrian identity e-mail confirmation code', 32),
    );
  }

  hash(applicantId: string, code: string): string {
    return createHmac('sha256', this.key).update(`${applicantId}:${code}`).digest('base64url');
  }

  matches(applicantId: string, typed: string, codeHash: string): boolean {
    const given = Buffer.from(this.hash(applicantId, normaliseTypedCode(typed)));
    const stored = Buffer.from(codeHash);
    return given.length === stored.length && timingSafeEqual(given, stored);
  }
}

export interface PendingCode {
  expiresAt: Date;
  failedAttempts: number;
}

export type CodeAttemptVerdict = 'CHECK' | 'NO_CODE' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';

/** Whether a typed code is checked at all: there is one, it has not expired, and has tries left. */
export function judgeCodeAttempt(pending: PendingCode | null, now: Date, maxAttempts: number): CodeAttemptVerdict {
  if (!pending) return 'NO_CODE';
  if (pending.failedAttempts >= maxAttempts) return 'TOO_MANY_ATTEMPTS';
  if (pending.expiresAt <= now) return 'EXPIRED';
  return 'CHECK';
}

/** Seconds until another code may be sent, 0 when it may be sent now. */
export function secondsBeforeResend(lastSentAt: Date | null, now: Date, intervalSeconds: number): number {
  if (!lastSentAt) return 0;
  const waitMs = lastSentAt.getTime() + intervalSeconds * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
