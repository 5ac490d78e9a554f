import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, isEvent, TicketCheckedIn, TicketCompleted, TicketNoShow } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { BookingEntity } from '../bookings/booking.entity';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { bookingStatusAfter, FloorEvent } from './booking-status-after';

export const COUNTER_EVENTS_CONSUMER = 'scheduling-counter-tickets';

/** Moves bookings to CHECKED_IN, COMPLETED or NO_SHOW as the office floor reports, exactly once per event. */
@Injectable()
export class CounterEventsConsumer extends DurableEventConsumer {
  constructor(@Inject(EVENT_BUS) bus: EventBus, @Inject(SCHEDULING_LOGGER) logger: Logger, inbox: InboxService) {
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
    const booking = await manager.findOne(BookingEntity, {
      where: { id: bookingId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!booking) {
      this.logger.warn({ bookingId, event }, 'the floor reported on a booking scheduling does not know');
      return;
    }
    const next = bookingStatusAfter(event, booking.status);
    if (next) await manager.update(BookingEntity, { id: bookingId }, { status: next });
  }
}
