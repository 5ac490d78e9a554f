import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, isEvent, OfficeCreated, OfficeUpdated } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { OfficeCopyRepository } from './office-copy.repository';

export const OFFICE_EVENTS_CONSUMER = 'identity-scheduling-offices';

/** Learns of the offices scheduling creates, exactly once per event, so officers are created only for real ones. */
@Injectable()
export class OfficeEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(IDENTITY_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly offices: OfficeCopyRepository,
  ) {
    super(bus, inbox, logger, OFFICE_EVENTS_CONSUMER, [OfficeCreated.subject, OfficeUpdated.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    // Updates too: scheduling's office snapshot (`events:republish --snapshot-offices`) rebuilds this copy
    // once the stream's age limit has dropped the creation events.
    if (!isEvent(envelope, OfficeCreated) && !isEvent(envelope, OfficeUpdated)) return null;
    const { officeId } = envelope.payload;
    return (manager) => this.offices.record(manager, officeId);
  }
}
