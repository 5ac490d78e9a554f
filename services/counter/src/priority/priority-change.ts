import { hasRole, Identity } from '@antrian/auth';
import { TicketStatus } from '@antrian/contracts';

/**
 * Who confirms a priority group or clears a false claim: reception (who has the applicant and her
 * papers in front of her) or a supervisor, of the ticket's office. Not a national administrator,
 * who is never at the desk.
 */
export function mayChangePriority(identity: Identity | null, officeId: string): boolean {
  return hasRole(identity, 'RECEPTION', 'SUPERVISOR') && identity?.officeId === officeId;
}

/** Why a priority stays: the ticket is finished, or was a no-show (`counterDesk.priorityKept*`). */
export type PriorityChangeVerdict = { allowed: true } | { allowed: false; reason: 'FINISHED' | 'NO_SHOW' };

/** A ticket still in the office's queues; one that is done or gone has no order left to change. */
export function priorityChangeVerdict(status: TicketStatus): PriorityChangeVerdict {
  return status === 'DONE' || status === 'NO_SHOW'
    ? { allowed: false, reason: status === 'DONE' ? 'FINISHED' : 'NO_SHOW' }
    : { allowed: true };
}
