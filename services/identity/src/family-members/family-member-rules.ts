import { Identity } from '@antrian/auth';
import { mayReadWholeNik, NikOwner } from '../applicants/nik';
import { PersonDetails } from '../shared/person-details';

/**
 * How many family members one account may book for: the holder and up to four others, five
 * people in all (M-Paspor's rule). An account that already holds more (added under the earlier
 * limit of ten) keeps them, and can add nobody until it is below the limit again.
 */
export const MAX_FAMILY_MEMBERS = 4;

export function hasRoomForFamilyMember(currentCount: number): boolean {
  return currentCount < MAX_FAMILY_MEMBERS;
}

/** What her account holder may correct: her name, and her birth date only where it still matches her NIK. */
export interface FamilyMemberCorrection {
  fullName?: string | null;
  birthDate?: string | null;
}

/**
 * The person's details after the correction, to be judged like new ones (`judgePersonDetails`:
 * the NIK is kept, so a birth date that no longer matches it is INVALID_NIK); null when the
 * correction changes nothing at all (neither field given).
 */
export function correctedDetails(current: PersonDetails, correction: FamilyMemberCorrection): PersonDetails | null {
  const fullName = correction.fullName ?? undefined;
  const birthDate = correction.birthDate ?? undefined;
  if (fullName === undefined && birthDate === undefined) return null;
  return { nik: current.nik, fullName: fullName ?? current.fullName, birthDate: birthDate ?? current.birthDate };
}

/**
 * A family member may be removed while she has no active booking, as far as identity knows from
 * scheduling's events (a booking racing the removal is cancelled by scheduling when it learns of it).
 */
export function mayRemoveFamilyMember(activeBookings: number): boolean {
  return activeBookings === 0;
}

/**
 * Who sees the list of an account's family members (`Applicant.familyMembers`): her account holder,
 * and an officer of an office that serves anyone on the account, the holder or one of its family
 * members. An office serving the daughter deals with the mother who brings her and books for her,
 * and an office serving the mother may need to know whom else she books for; the list shows names
 * and birth dates, while each member's NIK is still decided for her alone (`mayReadWholeNik`), so
 * it is masked unless the office serves that member. `account.servingOfficeIds` are the offices
 * serving anyone on the account. Anyone else, ADMIN included, sees an empty list, as
 * `Applicant.bookings` shows only the bookings its caller may see.
 */
export function maySeeFamilyOf(identity: Identity | null, account: NikOwner): boolean {
  return mayReadWholeNik(identity, account);
}
