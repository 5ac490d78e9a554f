import { Injectable } from '@nestjs/common';
import { Identity } from '@antrian/auth';
import { message } from '@antrian/messages';
import { DomainError, requireIdentity } from '@antrian/subgraph';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { MyTicketsRepository } from './my-tickets.repository';

@Injectable()
export class MyTicketsService {
  constructor(private readonly tickets: MyTicketsRepository) {}

  /** The signed-in applicant's tickets of today; position and estimate resolve on Ticket as everywhere. */
  myTickets(actor: Identity | null, now = new Date()): Promise<TicketEntity[]> {
    const applicant = requireIdentity(actor);
    if (applicant.kind !== 'applicant') throw new DomainError('FORBIDDEN', message('floor.applicantsOnly'));
    return this.tickets.ofToday(applicant.sub, now);
  }
}
