import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { liveSubjects, Stage } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus } from '@antrian/messaging';
import { safeErrorForLog } from '@antrian/subgraph';
import { COUNTER_LOGGER } from '../config/counter.config';
import { LiveAudienceRepository } from './live-audience.repository';

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
 * "This changed, fetch it again" for the gateway's subscriptions, sent after the commit (never
 * before: a subscriber fetching at once must see the change). Live messages are at most once and
 * carry nothing; a lost one is repaired by the next, so failures here are logged, not raised.
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

  /** The board and the changed tickets at once; the rest of a moved queue shortly after. */
  changed(officeId: string, change: FloorChange = {}): void {
    this.bus.publishLive(liveSubjects.queueBoard(officeId));
    for (const ticketId of new Set(change.tickets)) this.bus.publishLive(liveSubjects.ticket(ticketId));
    for (const stage of new Set(change.stages)) this.scheduleFanOut(officeId, stage);
  }

  /** Before the database pool closes (TypeORM closes it at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all(this.running);
  }

  private scheduleFanOut(officeId: string, stage: Stage): void {
    const key = `${officeId}|${stage}`;
    if (this.pending.has(key)) return;
    const timer = setTimeout(() => {
      this.pending.delete(key);
      const run = this.fanOut(officeId, stage).finally(() => this.running.delete(run));
      this.running.add(run);
    }, QUEUE_FANOUT_DELAY_MS);
    timer.unref();
    this.pending.set(key, timer);
  }

  private async fanOut(officeId: string, stage: Stage): Promise<void> {
    try {
      for (const id of await this.audience.waitingIn(officeId, stage)) this.bus.publishLive(liveSubjects.ticket(id));
    } catch (error) {
      this.logger.warn({ error: safeErrorForLog(error), officeId, stage }, 'could not tell a queue that it moved');
    }
  }
}
