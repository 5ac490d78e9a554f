import { Inject, Injectable } from '@nestjs/common';
import {
  BookingCreated,
  BookingCreatedV1,
  BookingRescheduled,
  BookingRescheduledV1,
  EventEnvelope,
  isEventOf,
} from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { ServingOfficeRepository } from './serving-office.repository';

export const BOOKING_EVENTS_CONSUMER = 'identity-scheduling-bookings';

/**
 * Learns which offices serve which people from scheduling's booking events, exactly once per
 * event: a new booking names its office, a rescheduled one its (possibly new) office, and both name
 * the person the booking is for. Identity never reads scheduling's database. Cancellations and
 * no-shows remove nothing: the office keeps the file.
 */
@Injectable()
export class BookingEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(IDENTITY_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly servingOffices: ServingOfficeRepository,
  ) {
    super(bus, inbox, logger, BOOKING_EVENTS_CONSUMER, [BookingCreated.subject, BookingRescheduled.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    // Both versions: version 2 only adds the booking's own version, which this copy does not need.
    if (!isEventOf(envelope, [BookingCreated, BookingCreatedV1, BookingRescheduled, BookingRescheduledV1])) return null;
    // The person the booking is for: the family member it names, else the account holder herself.
    // An event from a scheduling version before `familyMemberId` lacks it and counts as hers.
    const { applicantId, familyMemberId, officeId } = envelope.payload;
    return (manager) => this.servingOffices.record(manager, familyMemberId ?? applicantId, officeId);
  }
}
