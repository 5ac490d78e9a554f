import { Identity, isAdmin } from '@antrian/auth';
import { OfficerRole } from '@antrian/contracts';

export type OfficerCreationVerdict =
  { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT'; reason: string };

/**
 * Who may create which officer: an ADMIN anyone; a SUPERVISOR only officers of her own office,
 * never an ADMIN. An ADMIN belongs to no office; every other officer to exactly one.
 */
export function judgeOfficerCreation(
  actor: Identity | null,
  target: { officeId: string | null; roles: OfficerRole[] },
): OfficerCreationVerdict {
  if (!actor) return { allowed: false, code: 'UNAUTHENTICATED', reason: 'Sign in first' };
  const targetIsAdmin = target.roles.includes('ADMIN');
  if (targetIsAdmin && target.officeId) {
    return { allowed: false, code: 'BAD_USER_INPUT', reason: 'An ADMIN is national and has no office' };
  }
  if (!targetIsAdmin && !target.officeId) {
    return { allowed: false, code: 'BAD_USER_INPUT', reason: 'An officer other than an ADMIN needs an office' };
  }
  if (isAdmin(actor)) return { allowed: true };
  const supervisor = actor.kind === 'officer' && actor.roles.includes('SUPERVISOR');
  if (!supervisor)
    return { allowed: false, code: 'FORBIDDEN', reason: 'Only an ADMIN or a SUPERVISOR creates officers' };
  if (targetIsAdmin) return { allowed: false, code: 'FORBIDDEN', reason: 'Only an ADMIN creates an ADMIN' };
  if (target.officeId !== actor.officeId) {
    return { allowed: false, code: 'FORBIDDEN', reason: 'A SUPERVISOR creates officers of her own office only' };
  }
  return { allowed: true };
}
