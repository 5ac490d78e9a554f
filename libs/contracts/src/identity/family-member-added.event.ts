import { defineEvent } from '../event-definition';

/** An applicant put a family member on her account: she may now book for that person. */
export interface FamilyMemberAddedPayload {
  familyMemberId: string;
  /** The account holder who books for the family member. */
  applicantId: string;
}

export const FamilyMemberAdded = defineEvent<FamilyMemberAddedPayload>()('identity.family_member.added', 1);
