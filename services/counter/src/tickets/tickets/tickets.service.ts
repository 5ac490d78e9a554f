import { Injectable } from '@nestjs/common';
import { Identity } from '@antrian/auth';
import { Stage, TicketStatus } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { DomainError, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { localDate } from '../../shared/local-time';
import { parseTicketNumber } from '../issuing/ticket-number';
import { TicketIssuer } from '../issuing/ticket-issuer';
import { TicketEntity } from './ticket.entity';
import { TicketRepository } from './ticket.repository';
import { maySeeTicket } from './ticket-visibility';

/** A ticket as its applicant follows it and as the office's officers find it. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly tickets: TicketRepository,
    private readonly issuer: TicketIssuer,
  ) {}

  /** Its applicant or an officer of its office; null when there is no such ticket. */
  async get(actor: Identity | null, id: string): Promise<TicketEntity | null> {
    if (!actor) throw new DomainError('UNAUTHENTICATED', message('counterFloor.ticket.signInToFollow'));
    const ticket = isUuid(id) ? await this.tickets.findById(id) : null;
    if (!ticket) return null;
    if (!this.maySee(actor, ticket)) throw new DomainError('FORBIDDEN', message('counterFloor.ticket.notYours'));
    return ticket;
  }

  /**
   * Officers of the office: its tickets of an office-local day (today when left out), waiting
   * tickets first in calling order.
   */
  async list(
    actor: Identity | null,
    officeId: string,
    filter: { stage: Stage | null; statuses: readonly TicketStatus[] | null; date: string | null },
    now = new Date(),
  ): Promise<TicketEntity[]> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.issuer.office(officeId);
    const day = filter.date ?? localDate(now, office.timeZone);
    return this.tickets.list(office.id, day, {
      stage: filter.stage,
      statuses: filter.statuses?.length ? filter.statuses : null,
    });
  }

  /** Officers of the office: a ticket by the number printed on it (as typed), on a day (today when left out). */
  async byNumber(
    actor: Identity | null,
    officeId: string,
    number: string,
    date: string | null,
    now = new Date(),
  ): Promise<TicketEntity | null> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.issuer.office(officeId);
    const printed = parseTicketNumber(number);
    if (!printed) return null;
    return this.tickets.findByNumber(office.id, date ?? localDate(now, office.timeZone), printed);
  }

  /** `Booking.ticket`: each booking's visit ticket, for those who may see it (null for the rest). */
  async visitTicketsOf(actor: Identity | null, bookingIds: readonly string[]): Promise<Map<string, TicketEntity>> {
    const found = await this.tickets.visitTicketsOf(bookingIds.filter(isUuid));
    for (const [id, ticket] of found) if (!this.maySee(actor, ticket)) found.delete(id);
    return found;
  }

  async findVisible(actor: Identity | null, ids: readonly string[]): Promise<Map<string, TicketEntity>> {
    const found = await this.tickets.findByIds(ids.filter(isUuid));
    for (const [id, ticket] of found) if (!this.maySee(actor, ticket)) found.delete(id);
    return found;
  }

  /**
   * Who sees a ticket's personal details (its priority group, booking, hold reason): those who may
   * see the ticket, and the office's kiosks, which print it. Anyone else (the public board) sees
   * only its number, status and place.
   */
  maySeeDetails(actor: Identity | null, ticket: TicketEntity): boolean {
    return maySeeTicket(actor, ticket);
  }

  maySee(actor: Identity | null, ticket: TicketEntity): boolean {
    return maySeeTicket(actor, ticket);
  }
}
