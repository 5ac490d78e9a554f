import { defineEvent } from '../event-definition';
import { PersonFacts } from './person-facts';

/**
 * `birthDate`, `sex` and `emailConfirmed` were added within version 1: optional, because events
 * written before them lack them, and consumers ignore fields they do not know.
 */
export interface ApplicantRegisteredPayload extends Partial<PersonFacts> {
  applicantId: string;
  /** False where the deployment requires a confirmed e-mail before booking and it is not yet confirmed. */
  emailConfirmed?: boolean;
}

export const ApplicantRegistered = defineEvent<ApplicantRegisteredPayload>()('identity.applicant.registered', 1);

export interface ApplicantEmailConfirmedPayload {
  applicantId: string;
}

/** The applicant confirmed her e-mail with the one-time code: she may book now. */
export const ApplicantEmailConfirmed = defineEvent<ApplicantEmailConfirmedPayload>()(
  'identity.applicant.email_confirmed',
  1,
);
