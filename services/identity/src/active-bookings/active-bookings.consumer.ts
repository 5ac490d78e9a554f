import { Inject, Injectable } from '@nestjs/common';
import {
  BookingCancelled,
  BookingCancelledV1,
  BookingCreated,
  BookingCreatedV1,
  BookingMarkedNoShow,
  BookingMarkedNoShowV1,
  BookingRescheduled,
  BookingRescheduledV1,
  EventEnvelope,
  isEventOf,
  liveSubjects,
} from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { IDENTITY_LOGGER } from '../identity.tokens';
import { PersonBookingRepository } from './person-booking.repository';

export const ACTIVE_BOOKINGS_CONSUMER = 'identity-scheduling-active-bookings';

/**
 * Keeps identity's copy of each person's bookings from scheduling's events, exactly once per
 * event, so that a family member with an active booking is not removed. A cancelled booking's
 * account holder is told at once: her `viewerChanged` fires (the office cancelled a session, a
 * family member removed before the booking was made).
 */
@Injectable()
export class ActiveBookingsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) private readonly eventBus: EventBus,
    @Inject(IDENTITY_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly bookings: PersonBookingRepository,
  ) {
    super(eventBus, inbox, logger, ACTIVE_BOOKINGS_CONSUMER, [
      BookingCreated.subject,
      BookingRescheduled.subject,
      BookingCancelled.subject,
      BookingMarkedNoShow.subject,
    ]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    // Both versions: version 2 added the booking's version, which this copy does not need.
    if (isEventOf(envelope, [BookingCreated, BookingCreatedV1, BookingRescheduled, BookingRescheduledV1])) {
      const booking = envelope.payload;
      return (manager) => this.bookings.recordBooked(manager, booking);
    }
    if (isEventOf(envelope, [BookingCancelled, BookingCancelledV1, BookingMarkedNoShow, BookingMarkedNoShowV1])) {
      const cancelled = isEventOf(envelope, [BookingCancelled, BookingCancelledV1]) ? envelope.payload : null;
      const { bookingId } = envelope.payload;
      return async (manager) => {
        const applicantId = await this.bookings.recordEnded(manager, bookingId, new Date(envelope.occurredAt));
        const account = cancelled?.applicantId ?? applicantId;
        // Scheduling committed the cancellation before its event left: her `me` shows it now.
        if (cancelled && account) this.eventBus.publishLive(liveSubjects.viewer(account));
      };
    }
    return null;
  }
}
