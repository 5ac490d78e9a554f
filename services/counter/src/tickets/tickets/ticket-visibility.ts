import { actsForOffice, Identity } from '@antrian/auth';

/** What a visibility rule needs to know of a ticket. */
export interface VisibleTicket {
  officeId: string;
  applicantId: string | null;
  issuedByDeviceId: string | null;
}

/**
 * Who may see a ticket itself and its personal details (priority group, booking, hold reason):
 * its applicant and the officers of its office. Everybody else (anonymous callers, boards, kiosks)
 * sees a ticket by its number, status and place only: public screens name no one.
 */
export function maySeeTicket(actor: Identity | null, ticket: VisibleTicket): boolean {
  return (
    (actor?.kind === 'applicant' && ticket.applicantId !== null && actor.sub === ticket.applicantId) ||
    actsForOffice(actor, ticket.officeId)
  );
}

/**
 * Who may read a ticket's follow code (whoever holds it follows the ticket): those who may see the
 * ticket, and the kiosk that issued it (it prints the code); no other device, nobody else.
 */
export function maySeeFollowCode(actor: Identity | null, ticket: VisibleTicket): boolean {
  return (
    maySeeTicket(actor, ticket) ||
    (actor?.kind === 'device' && ticket.issuedByDeviceId !== null && actor.sub === ticket.issuedByDeviceId)
  );
}
