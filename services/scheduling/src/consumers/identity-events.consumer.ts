import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, FamilyMemberAdded, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';

export const IDENTITY_EVENTS_CONSUMER = 'scheduling-identity-family';

/** Learns which account each family member belongs to, so that the account holder may book for them. */
@Injectable()
export class IdentityEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly familyMembers: FamilyMemberRepository,
  ) {
    super(bus, inbox, logger, IDENTITY_EVENTS_CONSUMER, [FamilyMemberAdded.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    if (!isEvent(envelope, FamilyMemberAdded)) return null;
    const member = envelope.payload;
    return (manager) => this.familyMembers.record(manager, member);
  }
}
