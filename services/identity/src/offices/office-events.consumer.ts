import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, isEvent, OfficeCreated } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { OfficeCopyRepository } from './office-copy.repository';

export const OFFICE_EVENTS_CONSUMER = 'identity-scheduling-offices';

/** Learns of the offices scheduling creates, exactly once per event, so officers are created only for real ones. */
@Injectable()
export class OfficeEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(IDENTITY_LOGGER) private readonly logger: Logger,
    private readonly inbox: InboxService,
    private readonly offices: OfficeCopyRepository,
  ) {
    super(bus, OFFICE_EVENTS_CONSUMER, [OfficeCreated.subject]);
  }

  /** Returns whether the event changed the copy (false: already handled, or not understood). */
  async handle(envelope: EventEnvelope): Promise<boolean> {
    if (!isEvent(envelope, OfficeCreated)) {
      this.logger.warn(
        { subject: envelope.subject, version: envelope.version },
        'ignoring an event of unknown version',
      );
      return false;
    }
    const { officeId } = envelope.payload;
    return this.inbox.handleOnce(OFFICE_EVENTS_CONSUMER, envelope, (manager) => this.offices.record(manager, officeId));
  }
}
