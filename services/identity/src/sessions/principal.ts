import { Identity } from '@antrian/auth';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { DeviceEntity } from '../devices/device.entity';
import { OfficerEntity } from '../officers/officer.entity';

/** Whoever holds a session: an applicant, an officer or a device. */
export type Principal =
  | { kind: 'applicant'; entity: ApplicantEntity }
  | { kind: 'officer'; entity: OfficerEntity }
  | { kind: 'device'; entity: DeviceEntity };

/** Whether the principal may still hold a session: not closed, deactivated or revoked. */
export function isActive(principal: Principal): boolean {
  switch (principal.kind) {
    case 'applicant':
      return principal.entity.closedAt === null;
    case 'officer':
      return principal.entity.deactivatedAt === null;
    case 'device':
      return principal.entity.revokedAt === null;
  }
}

/**
 * The claims of the principal's access tokens in session `sessionId`. An applicant's
 * `emailConfirmed` says whether she may book as far as her e-mail is concerned: confirmed, or not
 * asked for (`emailConfirmationRequired` off).
 */
export function identityOf(principal: Principal, sessionId: string, emailConfirmationRequired: boolean): Identity {
  switch (principal.kind) {
    case 'applicant':
      return {
        sub: principal.entity.id,
        kind: 'applicant',
        roles: [],
        officeId: null,
        emailConfirmed: principal.entity.emailConfirmedAt !== null || !emailConfirmationRequired,
        sessionId,
      };
    case 'officer':
      return {
        sub: principal.entity.id,
        kind: 'officer',
        roles: principal.entity.roles,
        officeId: principal.entity.officeId,
        sessionId,
      };
    case 'device':
      return {
        sub: principal.entity.id,
        kind: 'device',
        roles: [],
        officeId: principal.entity.officeId,
        deviceKind: principal.entity.kind,
        sessionId,
      };
  }
}
