import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, isEvent, NikReleased } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { BookingCancellationsService } from '../cancellations/booking-cancellations.service';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';

export const NIK_RELEASED_CONSUMER = 'scheduling-identity-nik-released';

/**
 * A supervisor released a NIK from the account or family entry that held it: that account is
 * closed (all its bookings go) or that family entry removed (hers go, and nobody books for her
 * through it again), with the officer's reason as each booking's cancelReason.
 */
@Injectable()
export class NikReleasedConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly cancellations: BookingCancellationsService,
    private readonly familyMembers: FamilyMemberRepository,
  ) {
    super(bus, inbox, logger, NIK_RELEASED_CONSUMER, [NikReleased.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    if (!isEvent(envelope, NikReleased)) return null;
    const { personId, personKind, reason } = envelope.payload;
    const person = personKind === 'APPLICANT' ? { applicantId: personId } : { familyMemberId: personId };
    return async (manager) => {
      if (personKind === 'FAMILY_MEMBER') {
        await this.familyMembers.markRemoved(manager, personId, new Date(envelope.occurredAt));
      }
      const cancelled = await this.cancellations.cancelActiveOf(manager, person, reason);
      if (cancelled) this.logger.info({ cancelled }, 'cancelled the bookings of a released NIK');
    };
  }
}
