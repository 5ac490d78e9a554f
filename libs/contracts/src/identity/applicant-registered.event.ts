import { defineEvent } from '../event-definition';

export interface ApplicantRegisteredPayload {
  applicantId: string;
}

export const ApplicantRegistered = defineEvent<ApplicantRegisteredPayload>()('identity.applicant.registered', 1);
