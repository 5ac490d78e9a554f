import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, FamilyMemberRemoved, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { translate } from '@antrian/messages';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { BookingCancellationsService } from '../cancellations/booking-cancellations.service';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';

export const FAMILY_MEMBER_REMOVED_CONSUMER = 'scheduling-identity-family-removed';

/**
 * Her account holder removed a family member: nobody books for her through that account any more.
 * Identity refused the removal while it knew of an active booking for her; one it did not know of
 * yet (made at the same moment, or whose event had not reached it) is cancelled here with a
 * reason, so both services end with her removed and without an active booking.
 */
@Injectable()
export class FamilyMemberRemovedConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly cancellations: BookingCancellationsService,
    private readonly familyMembers: FamilyMemberRepository,
  ) {
    super(bus, inbox, logger, FAMILY_MEMBER_REMOVED_CONSUMER, [FamilyMemberRemoved.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    if (!isEvent(envelope, FamilyMemberRemoved)) return null;
    const { familyMemberId } = envelope.payload;
    // Stored once, in the default language, as the office's own reasons are.
    const reason = translate('INDONESIAN', 'family.removedBeforeBooking');
    return async (manager) => {
      await this.familyMembers.markRemoved(manager, familyMemberId, new Date(envelope.occurredAt));
      const cancelled = await this.cancellations.cancelActiveOf(manager, { familyMemberId }, reason);
      if (cancelled) this.logger.info({ cancelled }, 'cancelled bookings made for a removed family member');
    };
  }
}
