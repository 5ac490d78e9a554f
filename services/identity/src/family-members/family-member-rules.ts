import { Identity } from '@antrian/auth';
import { mayReadWholeNik, NikAccount } from '../applicants/nik';

/** How many family members one account may book for. */
export const MAX_FAMILY_MEMBERS = 10;

export function hasRoomForFamilyMember(currentCount: number): boolean {
  return currentCount < MAX_FAMILY_MEMBERS;
}

/**
 * Who sees an account's family members: the people who see the account holder's whole NIK (she
 * herself, officers of an office serving a booking of the account, national administrators).
 * Anyone else sees an empty list, as `Applicant.bookings` shows only the bookings its caller may see.
 */
export function maySeeFamilyOf(identity: Identity | null, account: NikAccount): boolean {
  return mayReadWholeNik(identity, account);
}
