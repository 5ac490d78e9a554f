import { Identity } from '@antrian/auth';
import { mayReadWholeNik, NikOwner } from '../applicants/nik';

/** How many family members one account may book for. */
export const MAX_FAMILY_MEMBERS = 10;

export function hasRoomForFamilyMember(currentCount: number): boolean {
  return currentCount < MAX_FAMILY_MEMBERS;
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
