import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, isEvent, TicketCheckedIn, TicketCompleted, TicketNoShow } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { BookingRepository } from '../bookings/booking.repository';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { bookingStatusAfter, FloorEvent } from './booking-status-after';

export const COUNTER_EVENTS_CONSUMER = 'scheduling-counter-tickets';

/** Moves bookings to CHECKED_IN, COMPLETED or NO_SHOW as the office floor reports, exactly once per event. */
@Injectable()
export class CounterEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly bookings: BookingRepository,
  ) {
    super(bus, inbox, logger, COUNTER_EVENTS_CONSUMER, [
      TicketCheckedIn.subject,
      TicketCompleted.subject,
      TicketNoShow.subject,
    ]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    let bookingId: string | null;
    let event: FloorEvent;
    if (isEvent(envelope, TicketCheckedIn)) [bookingId, event] = [envelope.payload.bookingId, 'CHECKED_IN'];
    else if (isEvent(envelope, TicketCompleted)) [bookingId, event] = [envelope.payload.bookingId, 'COMPLETED'];
    else if (isEvent(envelope, TicketNoShow)) [bookingId, event] = [envelope.payload.bookingId, 'NO_SHOW'];
    else return null;
    // Walk-in tickets have no booking: handled, with nothing to change.
    return async (manager) => {
      if (bookingId) await this.apply(manager, bookingId, event);
    };
  }

  private async apply(manager: EntityManager, bookingId: string, event: FloorEvent): Promise<void> {
    const booking = await this.bookings.lockById(manager, bookingId);
    if (!booking) {
      this.logger.warn({ bookingId, event }, 'the floor reported on a booking scheduling does not know');
      return;
    }
    const next = bookingStatusAfter(event, booking.status);
    if (next) await this.bookings.setStatus(manager, bookingId, next);
  }
}
