import { defineEvent } from '../event-definition';
import { PersonFacts } from './person-facts';

/**
 * An applicant put a family member on her account: she may now book for that person.
 * `birthDate` and `sex` were added within version 1 (optional: older events lack them).
 */
export interface FamilyMemberAddedPayload extends Partial<PersonFacts> {
  familyMemberId: string;
  /** The account holder who books for the family member. */
  applicantId: string;
}

export const FamilyMemberAdded = defineEvent<FamilyMemberAddedPayload>()('identity.family_member.added', 1);

export interface FamilyMemberUpdatedPayload extends PersonFacts {
  familyMemberId: string;
  applicantId: string;
}

/** Her account holder corrected a family member's details. */
export const FamilyMemberUpdated = defineEvent<FamilyMemberUpdatedPayload>()('identity.family_member.updated', 1);

export interface FamilyMemberRemovedPayload {
  familyMemberId: string;
  applicantId: string;
}

/** The family member is no longer on the account: nobody books for her through it any more. */
export const FamilyMemberRemoved = defineEvent<FamilyMemberRemovedPayload>()('identity.family_member.removed', 1);
