import { Inject, Injectable } from '@nestjs/common';
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
 * "This changed, fetch it again" for the gateway's subscriptions, sent after the commit (never
 * before: a subscriber fetching at once must see the change). Live messages are at most once and
 * carry nothing; a lost one is repaired by the next, so failures here are logged, not raised.
 */
@Injectable()
export class LiveUpdatesService {
  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(COUNTER_LOGGER) private readonly logger: Logger,
    private readonly audience: LiveAudienceRepository,
  ) {}

  changed(officeId: string, change: FloorChange = {}): void {
    this.bus.publishLive(liveSubjects.queueBoard(officeId));
    const sent = new Set(change.tickets ?? []);
    for (const ticketId of sent) this.bus.publishLive(liveSubjects.ticket(ticketId));
    if (!change.stages?.length) return;
    // The fan-out to everyone waiting costs a query; the caller's response does not wait for it.
    this.audience
      .waitingIn(officeId, [...new Set(change.stages)])
      .then((ids) => {
        for (const id of ids) if (!sent.has(id)) this.bus.publishLive(liveSubjects.ticket(id));
      })
      .catch((error: unknown) =>
        this.logger.warn({ error: safeErrorForLog(error), officeId }, 'could not tell waiting tickets of a change'),
      );
  }
}
