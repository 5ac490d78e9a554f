import { Identity } from '@antrian/auth';

/**
 * NIK (Nomor Induk Kependudukan) rules: 16 digits; digits 1-2 a province code, 3-4 a regency and
 * 5-6 a district (neither 00); 7-12 the birth date as DDMMYY with 40 added to a woman's day;
 * 13-16 a serial other than 0000.
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94,
]);

/** Each problem's sentence is `identity.nik.<problem>` in the message catalogue. */
export type NikProblem = 'FORMAT' | 'PROVINCE' | 'REGION' | 'DATE' | 'DATE_MISMATCH' | 'SERIAL';

export interface NikBirth {
  day: number;
  month: number;
  /** Two digits only. */
  yearOfCentury: number;
  female: boolean;
}

export function parseNikBirth(nik: string): NikBirth {
  const encodedDay = Number(nik.slice(6, 8));
  return {
    day: encodedDay > 40 ? encodedDay - 40 : encodedDay,
    month: Number(nik.slice(8, 10)),
    yearOfCentury: Number(nik.slice(10, 12)),
    female: encodedDay > 40,
  };
}

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first rule the NIK breaks, or null when it is valid for this birth date (YYYY-MM-DD). */
export function checkNik(nik: string, birthDate: string): NikProblem | null {
  if (!/^\d{16}$/.test(nik)) return 'FORMAT';
  if (!PROVINCE_CODES.has(Number(nik.slice(0, 2)))) return 'PROVINCE';
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return 'REGION';
  const encodedDay = Number(nik.slice(6, 8));
  const birth = parseNikBirth(nik);
  const [year, month, day] = birthDate.split('-').map(Number);
  // A 29 February only exists in a leap year; the NIK's two-digit year is checked with the full one.
  if (
    (encodedDay > 31 && encodedDay < 41) ||
    encodedDay > 71 ||
    birth.day < 1 ||
    birth.month < 1 ||
    birth.month > 12 ||
    birth.day > daysInMonth(birth.month, birth.yearOfCentury === year % 100 ? year : 2000 + birth.yearOfCentury)
  ) {
    return 'DATE';
  }
  if (birth.day !== day || birth.month !== month || birth.yearOfCentury !== year % 100) return 'DATE_MISMATCH';
  if (nik.slice(12) === '0000') return 'SERIAL';
  return null;
}

/** First four and last two digits visible, as DOMAIN.md asks for anyone who may not read it whole. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'*'.repeat(nik.length - 6)}${nik.slice(-2)}`;
}

/** What decides who sees a person's NIK whole. */
export interface NikOwner {
  /** The account the person is on: the applicant's own id, or for a family member her account holder's. */
  accountId: string;
  /**
   * The offices that serve, or have served, a booking for this very person (identity's copy, fed by
   * scheduling's booking events). An office keeps the file: once serving, always serving.
   */
  servingOfficeIds: readonly string[];
}

/**
 * Who sees a NIK whole (the contract: "whole for its owner and officers of a serving office;
 * masked otherwise"; DOMAIN.md: "its owner and officers of the office that serves the booking"):
 * the account the person is on (the applicant herself; for a family member, her account holder,
 * who manages her bookings), and an officer, whatever her roles, of an office that serves a booking
 * for THAT person. Everyone else sees it masked: other applicants, officers of other offices
 * (including an office that serves only someone else on the same account), national
 * administrators (ADMIN, who belong to no office and serve nobody), kiosks and boards, anonymous
 * callers.
 */
export function mayReadWholeNik(identity: Identity | null, owner: NikOwner): boolean {
  switch (identity?.kind) {
    case 'applicant':
      return identity.sub === owner.accountId;
    case 'officer':
      return identity.officeId !== null && owner.servingOfficeIds.includes(identity.officeId);
    default:
      return false;
  }
}

/**
 * Whether `mayReadWholeNik` depends on the serving offices for this caller: only for an officer of
 * one office. Everyone else is decided without looking them up.
 */
export function needsServingOffices(identity: Identity | null): boolean {
  return identity?.kind === 'officer' && identity.officeId !== null;
}

/** A NIK as this caller may see it: whole, or masked. */
export function nikAsSeenBy(identity: Identity | null, owner: NikOwner, nik: string): string {
  return mayReadWholeNik(identity, owner) ? nik : maskNik(nik);
}
