import { LocalizedMessage, message } from '@antrian/messages';
import { PersonFacts } from '@antrian/contracts';
import { checkNik, NikProblem, parseNikBirth } from '../applicants/nik';

/** The longest full name accepted, after trimming (the inputs check the same bound before it). */
export const FULL_NAME_MAX_LENGTH = 100;

export interface PersonDetails {
  nik: string;
  fullName: string;
  /** A real YYYY-MM-DD date: the Date scalar checked it. */
  birthDate: string;
}

export type PersonDetailsVerdict =
  | { ok: true; fullName: string }
  | { ok: false; code: 'INVALID_NIK' | 'BAD_USER_INPUT'; message: LocalizedMessage; details?: { reason: NikProblem } };

/** No one alive was born earlier; an earlier date is a typing error (or a probe). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Today's date in Indonesia's earliest zone (WIT), so nobody born "today" anywhere is refused. */
export function latestPossibleBirthDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The rules every person with a NIK meets, whether she registers an account or is put on one as a
 * family member: a valid NIK that matches the birth date, a birth date from 1900 to today and a
 * name that is not blank. Answers the trimmed name to store.
 */
export function judgePersonDetails(person: PersonDetails, now: Date): PersonDetailsVerdict {
  const nikProblem = checkNik(person.nik, person.birthDate);
  if (nikProblem) {
    return {
      ok: false,
      code: 'INVALID_NIK',
      message: message(`identity.nik.${nikProblem}`),
      details: { reason: nikProblem },
    };
  }
  if (person.birthDate > latestPossibleBirthDate(now)) {
    return { ok: false, code: 'BAD_USER_INPUT', message: message('identity.birthDateInFuture') };
  }
  if (person.birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, code: 'BAD_USER_INPUT', message: message('identity.birthDateBefore1900') };
  }
  const fullName = person.fullName.trim();
  if (fullName.length === 0 || fullName.length > FULL_NAME_MAX_LENGTH) {
    return {
      ok: false,
      code: 'BAD_USER_INPUT',
      message: message('identity.fullNameLength', { max: FULL_NAME_MAX_LENGTH }),
    };
  }
  return { ok: true, fullName };
}

/**
 * What other services may know of a person (priority groups follow from them): her birth date,
 * and her sex as her (valid) NIK encodes it. Never the NIK or the name.
 */
export function personFacts(person: Pick<PersonDetails, 'nik' | 'birthDate'>): PersonFacts {
  return { birthDate: person.birthDate, sex: parseNikBirth(person.nik).female ? 'F' : 'M' };
}
