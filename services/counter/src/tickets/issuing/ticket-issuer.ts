import { Injectable } from '@nestjs/common';
import { Stage, TicketCheckedIn } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { OutboxService } from '@antrian/messaging';
import { DomainError, isUuid } from '@antrian/subgraph';
import { OfficeCopyEntity } from '../../replica/office-copy.entity';
import { ReplicaRepository } from '../../replica/replica.repository';
import { localDate } from '../../shared/local-time';
import { UnitOfWork } from '../../shared/unit-of-work';
import { checkInQueueKey } from '../tickets/queue-order';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketRepository } from '../tickets/ticket.repository';
import { formatTicketNumber, Lane } from './ticket-number';
import { TicketTallyRepository } from './ticket-tally.repository';

export class WalkInCapReached extends Error {}
export class PriorityWalkInCapReached extends Error {}

/** The daily limits a ticket is issued under. */
export interface IssueLimits {
  /** At most this many numbers of its lane a day (the W lane's cap). */
  laneCap?: number;
  /** One slot of the office's daily priority walk-in quota of this size, taken before the number. */
  priorityWalkInCap?: number;
}

/** Who the ticket is for, and which kiosk issues it. */
export type TicketHolder = Pick<
  TicketEntity,
  'bookingId' | 'applicantId' | 'priority' | 'sessionStartsAt' | 'issuedByDeviceId'
>;

/**
 * Issues numbered tickets (check-in, pickup, walk-in): the number, the ticket with its first stage
 * visit, and the TicketCheckedIn event, in one transaction.
 */
@Injectable()
export class TicketIssuer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tickets: TicketRepository,
    private readonly tallies: TicketTallyRepository,
    private readonly replica: ReplicaRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** The office as the floor knows it; NOT_FOUND until its event has reached the floor. */
  async office(officeId: string): Promise<OfficeCopyEntity> {
    const office = isUuid(officeId) ? await this.replica.findOffice(officeId) : null;
    if (!office) throw new DomainError('NOT_FOUND', message('counterFloor.noSuchOffice'));
    return office;
  }

  issue(
    office: OfficeCopyEntity,
    lane: Lane,
    limits: IssueLimits,
    now: Date,
    holder: TicketHolder,
    stage: Stage = 'RECEPTION',
  ): Promise<TicketEntity> {
    const day = localDate(now, office.timeZone);
    return this.unitOfWork.run(async (transaction) => {
      // A priority walk-in's quota slot first: a refusal ends before it touches the P number row,
      // which booked priority check-ins share, and consumes no number. Then the number. Both rows
      // stay locked to the commit and are always taken in this order; the rest is two statements.
      if (limits.priorityWalkInCap !== undefined) {
        const slot = await this.tallies.takePriorityWalkInSlot(transaction, office.id, day, limits.priorityWalkInCap);
        if (slot === null) throw new PriorityWalkInCapReached();
      }
      const sequence = await this.tallies.nextSequence(transaction, office.id, lane, day, limits.laneCap ?? null);
      if (sequence === null) throw new WalkInCapReached();
      const ticket = await this.tickets.insert(transaction, {
        ...holder,
        officeId: office.id,
        localDate: day,
        lane,
        number: formatTicketNumber(lane, sequence),
        checkedInAt: now,
        queueKey: checkInQueueKey({ sessionStartsAt: holder.sessionStartsAt, checkedInAt: now }),
        stage,
      });
      await this.outbox.append(transaction, TicketCheckedIn, {
        ticketId: ticket.id,
        bookingId: ticket.bookingId,
        officeId: ticket.officeId,
        number: ticket.number,
        checkedInAt: ticket.checkedInAt.toISOString(),
      });
      return ticket;
    });
  }
}
