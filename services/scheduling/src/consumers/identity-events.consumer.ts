import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEnvelope, FamilyMemberAdded, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus, InboxService, Unsubscribe } from '@antrian/messaging';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';

export const IDENTITY_EVENTS_CONSUMER = 'scheduling-identity-family';

/** Learns which account each family member belongs to, so that the account holder may book for them. */
@Injectable()
export class IdentityEventsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe?: Unsubscribe;

  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(SCHEDULING_LOGGER) private readonly logger: Logger,
    private readonly inbox: InboxService,
    private readonly familyMembers: FamilyMemberRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = await this.bus.consume({
      durable: IDENTITY_EVENTS_CONSUMER,
      subjects: [FamilyMemberAdded.subject],
      handler: (envelope) => this.handle(envelope),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.unsubscribe?.();
  }

  async handle(envelope: EventEnvelope): Promise<void> {
    if (!isEvent(envelope, FamilyMemberAdded)) {
      this.logger.warn(
        { subject: envelope.subject, version: envelope.version },
        'ignoring an event of unknown version',
      );
      return;
    }
    const member = envelope.payload;
    await this.inbox.handleOnce(IDENTITY_EVENTS_CONSUMER, envelope, (manager) =>
      this.familyMembers.record(manager, member),
    );
  }
}
