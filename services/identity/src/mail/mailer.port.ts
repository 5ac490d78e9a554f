/**
 * What identity tells an applicant by e-mail. A production deployment plugs in an adapter that
 * renders these in her language and hands them to a mail service; the development adapter
 * (log-mailer.ts) writes them to the log.
 */
export type MailNotice =
  /** The one-time code that confirms her e-mail address. */
  | { kind: 'EMAIL_CONFIRMATION_CODE'; code: string; expiresAt: Date }
  /** Her account held a NIK that an officer released to its owner: it is closed, its bookings cancelled. */
  | { kind: 'ACCOUNT_CLOSED'; reason: string }
  /** A family entry on her account held a NIK that an officer released to its owner: it is removed. */
  | { kind: 'FAMILY_MEMBER_REMOVED'; familyMemberId: string; reason: string };

export interface MailMessage {
  /** The address it goes to. Never logged. */
  to: string;
  /** Whose account it concerns: what logs may name instead of the address. */
  applicantId: string;
  notice: MailNotice;
}

/** Sends a message, or throws when the mail service refused it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export const MAILER = Symbol('MAILER');
