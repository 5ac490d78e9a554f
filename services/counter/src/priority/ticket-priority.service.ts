import { Injectable } from '@nestjs/common';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { PriorityGroup, TicketPriorityChanged } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, isUuid, requireIdentity } from '@antrian/subgraph';
import { LiveUpdatesService } from '../live/live-updates.service';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketRepository } from '../tickets/tickets/ticket.repository';
import { mayChangePriority, priorityChangeVerdict } from './priority-change';
import { UnitOfWork } from '../shared/unit-of-work';

const MESSAGES = {
  noSuchTicket: message('counterDesk.noSuchTicket'),
  notReception: message('counterDesk.notReception'),
  notInQueue: (number: string, reason: 'FINISHED' | 'NO_SHOW') =>
    message(reason === 'FINISHED' ? 'counterDesk.priorityKeptFinished' : 'counterDesk.priorityKeptNoShow', { number }),
};

/**
 * Reception checks the priority group a ticket claims (DOMAIN.md, "Priority groups are checked"):
 * it confirms it, corrects it, or sends a false claim to the ordinary order (null). The ticket
 * keeps its number; its place in every queue follows its new priority at once.
 */
@Injectable()
export class TicketPriorityService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tickets: TicketRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
  ) {}

  async setPriority(
    actor: Identity | null,
    ticketId: string,
    priority: PriorityGroup | null,
    now = new Date(),
  ): Promise<TicketEntity> {
    const identity = requireIdentity(actor);
    if (!isUuid(ticketId)) throw new DomainError('NOT_FOUND', MESSAGES.noSuchTicket);
    const changed = await this.unitOfWork.run(async (manager) => {
      const before = await this.tickets.lockById(manager, ticketId);
      if (!before) throw new DomainError('NOT_FOUND', MESSAGES.noSuchTicket);
      if (!mayChangePriority(identity, before.officeId)) throw new DomainError('FORBIDDEN', MESSAGES.notReception);
      const verdict = priorityChangeVerdict(before.status);
      if (!verdict.allowed) {
        throw new DomainError('INVALID_TRANSITION', MESSAGES.notInQueue(before.number, verdict.reason));
      }
      if (before.priority === priority) return null;
      const after = await this.tickets.setPriority(manager, before.id, priority, now);
      await this.outbox.append(manager, TicketPriorityChanged, {
        ticketId: after.id,
        bookingId: after.bookingId,
        officeId: after.officeId,
        priority,
        previousPriority: before.priority,
        changedAt: now.toISOString(),
      });
      return after;
    });
    if (!changed) return (await this.tickets.findById(ticketId))!;
    // Its own screen, the board, and every phone waiting at its stage (their places moved).
    this.live.changed(changed.officeId, {
      tickets: [changed.id],
      stages: changed.status === 'WAITING' ? [changed.stage] : [],
    });
    return changed;
  }
}
