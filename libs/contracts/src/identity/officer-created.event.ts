import { defineEvent } from '../event-definition';
import { OfficerRole } from '../roles';

export interface OfficerCreatedPayload {
  officerId: string;
  officeId: string | null;
  roles: OfficerRole[];
}

export const OfficerCreated = defineEvent<OfficerCreatedPayload>()('identity.officer.created', 1);
