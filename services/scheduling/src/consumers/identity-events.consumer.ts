import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, FamilyMemberAdded, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';

export const IDENTITY_EVENTS_CONSUMER = 'scheduling-identity-family';

/** Learns which account each family member belongs to, so that the account holder may book for them. */
@Injectable()
export class IdentityEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) private readonly logger: Logger,
    private readonly inbox: InboxService,
    private readonly familyMembers: FamilyMemberRepository,
  ) {
    super(bus, IDENTITY_EVENTS_CONSUMER, [FamilyMemberAdded.subject]);
  }

  /** Returns whether the event changed the copy (false: already handled, or not understood). */
  async handle(envelope: EventEnvelope): Promise<boolean> {
    if (!isEvent(envelope, FamilyMemberAdded)) {
      this.logger.warn(
        { subject: envelope.subject, version: envelope.version },
        'ignoring an event of unknown version',
      );
      return false;
    }
    const member = envelope.payload;
    return this.inbox.handleOnce(IDENTITY_EVENTS_CONSUMER, envelope, (manager) =>
      this.familyMembers.record(manager, member),
    );
  }
}
