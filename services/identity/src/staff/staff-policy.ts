import { hasRole, Identity, isAdmin } from '@antrian/auth';
import { OfficerRole } from '@antrian/contracts';

export interface StaffMember {
  id: string;
  officeId: string | null;
  roles: readonly OfficerRole[];
}

export type StaffVerdict =
  { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT'; reason: string };

const allowed: StaffVerdict = { allowed: true };
const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT', reason: string): StaffVerdict => ({
  allowed: false,
  code,
  reason,
});

/**
 * Who may manage an officer at all: an ADMIN anyone; a SUPERVISOR the officers of her own office,
 * never an ADMIN (an ADMIN belongs to no office anyway).
 */
function judgeManagement(actor: Identity | null, target: StaffMember): StaffVerdict {
  if (!actor) return refuse('UNAUTHENTICATED', 'Sign in first');
  if (isAdmin(actor)) return allowed;
  if (!hasRole(actor, 'SUPERVISOR')) return refuse('FORBIDDEN', 'Only a SUPERVISOR or an ADMIN manages officers');
  if (target.roles.includes('ADMIN')) return refuse('FORBIDDEN', 'Only an ADMIN manages an ADMIN');
  if (target.officeId === null || target.officeId !== actor.officeId) {
    return refuse('FORBIDDEN', 'A SUPERVISOR manages the officers of her own office only');
  }
  return allowed;
}

/** Deactivation: as management, and never oneself (so an ADMIN always remains). */
export function judgeDeactivation(actor: Identity | null, target: StaffMember): StaffVerdict {
  const verdict = judgeManagement(actor, target);
  if (!verdict.allowed) return verdict;
  if (actor!.sub === target.id) return refuse('BAD_USER_INPUT', 'Nobody deactivates herself');
  return allowed;
}

/**
 * New roles: as management; a SUPERVISOR never grants ADMIN; and ADMIN stays national (no office)
 * while every other officer keeps her office, so ADMIN is neither added to nor taken from anyone.
 */
export function judgeRoleChange(
  actor: Identity | null,
  target: StaffMember,
  roles: readonly OfficerRole[],
): StaffVerdict {
  const verdict = judgeManagement(actor, target);
  if (!verdict.allowed) return verdict;
  if (roles.includes('ADMIN') && !isAdmin(actor)) return refuse('FORBIDDEN', 'Only an ADMIN grants ADMIN');
  if (roles.includes('ADMIN') !== target.roles.includes('ADMIN')) {
    return refuse(
      'BAD_USER_INPUT',
      'An ADMIN is national and other officers belong to an office: ADMIN is set at creation',
    );
  }
  return allowed;
}
