import { LocalizedMessage, message } from '@antrian/messages';
import { Identity, isAdmin } from '@antrian/auth';
import { OfficerRole } from '@antrian/contracts';

export type OfficerCreationVerdict =
  | { allowed: true }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT'; reason: LocalizedMessage };

/**
 * Who may create which officer: an ADMIN anyone; a SUPERVISOR only officers of her own office,
 * never an ADMIN. An ADMIN belongs to no office; every other officer to exactly one.
 */
export function judgeOfficerCreation(
  actor: Identity | null,
  target: { officeId: string | null; roles: OfficerRole[] },
): OfficerCreationVerdict {
  if (!actor) return { allowed: false, code: 'UNAUTHENTICATED', reason: message('access.signIn') };
  const targetIsAdmin = target.roles.includes('ADMIN');
  if (targetIsAdmin && target.officeId) {
    return { allowed: false, code: 'BAD_USER_INPUT', reason: message('identity.adminHasNoOffice') };
  }
  if (!targetIsAdmin && !target.officeId) {
    return { allowed: false, code: 'BAD_USER_INPUT', reason: message('identity.officerNeedsOffice') };
  }
  if (isAdmin(actor)) return { allowed: true };
  const supervisor = actor.kind === 'officer' && actor.roles.includes('SUPERVISOR');
  if (!supervisor)
    return { allowed: false, code: 'FORBIDDEN', reason: message('identity.onlyAdminOrSupervisorCreatesOfficers') };
  if (targetIsAdmin) return { allowed: false, code: 'FORBIDDEN', reason: message('identity.onlyAdminCreatesAdmin') };
  if (target.officeId !== actor.officeId) {
    return { allowed: false, code: 'FORBIDDEN', reason: message('identity.supervisorOwnOfficeOnly') };
  }
  return { allowed: true };
}
