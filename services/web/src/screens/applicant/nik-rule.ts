/**
 * The NIK rules the identity service applies (services/identity/src/applicants/nik.ts), checked
 * here as she types: 16 digits; a province code; regency and district not 00; digits 7-12 the
 * birth date as DDMMYY with 40 added to a woman's day; a serial other than 0000. The browser
 * bundle cannot import the service, so nik-rule.spec.ts holds this copy to the server's verdicts.
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94,
]);

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
