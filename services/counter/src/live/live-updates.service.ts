import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { liveSubjects, Stage } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus } from '@antrian/messaging';
import { isUuid, safeErrorForLog } from '@antrian/subgraph';
import { COUNTER_LOGGER } from '../config/counter.config';
import { LiveAudienceRepository, TicketAudience } from './live-audience.repository';

export interface FloorChange {
  /** Tickets whose own state changed. */
  tickets?: readonly string[];
  /** Stages whose queue moved: every ticket waiting there gets a new position or estimate. */
  stages?: readonly Stage[];
}

/**
 * A busy stage moves many times a second at rush hour; its waiting tickets are told at most this
 * often (each telling costs a query and one message per waiting ticket).
 */
export const QUEUE_FANOUT_DELAY_MS = 200;

/**
 * The subjects that tell the followers of a set of tickets besides their own subjects: each
 * applicant once (her `myTicketsChanged` shows all her tickets), each printed ticket's holder.
 */
export function followerSubjects(tickets: readonly TicketAudience[]): string[] {
  const subjects = new Set<string>();
  for (const ticket of tickets) {
    if (ticket.applicantId) subjects.add(liveSubjects.applicantTickets(ticket.applicantId));
    if (ticket.followCode) subjects.add(liveSubjects.followedTicket(ticket.followCode));
  }
  return [...subjects];
}

/**
 * "This changed, fetch it again" for the gateway's subscriptions, sent after the commit (never
 * before: a subscriber fetching at once must see the change). Live messages are at most once and
 * carry nothing; a lost one is repaired by the next, so failures here are logged, not raised.
 *
 * A change tells at once the office's board and floor (`queueBoardChanged`, `officeFloorChanged`)
 * and the changed tickets with their applicants (`myTicketsChanged`) and paper holders
 * (`followTicketChanged`); the rest of a moved queue is told shortly after, coalesced per stage,
 * each applicant once however many of her tickets wait there.
 */
@Injectable()
export class LiveUpdatesService implements OnModuleDestroy {
  /** Office and stage queues whose waiting tickets are to be told, each with its timer. */
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(COUNTER_LOGGER) private readonly logger: Logger,
    private readonly audience: LiveAudienceRepository,
  ) {}

  /** The board, the floor and the changed tickets at once; the rest of a moved queue shortly after. */
  changed(officeId: string, change: FloorChange = {}): void {
    this.bus.publishLive(liveSubjects.queueBoard(officeId));
    this.bus.publishLive(liveSubjects.officeFloor(officeId));
    const tickets = [...new Set(change.tickets)];
    if (tickets.length > 0) this.track(this.tellTickets(officeId, tickets));
    for (const stage of new Set(change.stages)) this.scheduleFanOut(officeId, stage);
  }

  /** Before the database pool closes (TypeORM closes it at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all(this.running);
  }

  private track(work: Promise<void>): void {
    const run = work.finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** The tickets' own subjects at once; their applicants and paper holders once the audience is read. */
  private async tellTickets(officeId: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) this.bus.publishLive(liveSubjects.ticket(id));
    try {
      const audience = await this.audience.ofTickets(ids.filter(isUuid));
      for (const subject of followerSubjects(audience)) this.bus.publishLive(subject);
    } catch (error) {
      this.logger.warn({ error: safeErrorForLog(error), officeId }, 'could not tell the followers of changed tickets');
    }
  }

  private scheduleFanOut(officeId: string, stage: Stage): void {
    const key = `${officeId}|${stage}`;
    if (this.pending.has(key)) return;
    const timer = setTimeout(() => {
      this.pending.delete(key);
      this.track(this.fanOut(officeId, stage));
    }, QUEUE_FANOUT_DELAY_MS);
    timer.unref();
    this.pending.set(key, timer);
  }

  private async fanOut(officeId: string, stage: Stage): Promise<void> {
    try {
      const waiting = await this.audience.waitingIn(officeId, stage);
      for (const { id } of waiting) this.bus.publishLive(liveSubjects.ticket(id));
      for (const subject of followerSubjects(waiting)) this.bus.publishLive(subject);
    } catch (error) {
      this.logger.warn({ error: safeErrorForLog(error), officeId, stage }, 'could not tell a queue that it moved');
    }
  }
}
