import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, isEvent, TicketCheckedIn, TicketCompleted, TicketNoShow } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { BookingEntity } from '../bookings/booking.entity';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { bookingStatusAfter, FloorEvent } from './booking-status-after';

export const COUNTER_EVENTS_CONSUMER = 'scheduling-counter-tickets';

/** Moves bookings to CHECKED_IN, COMPLETED or NO_SHOW as the office floor reports, exactly once per event. */
@Injectable()
export class CounterEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) private readonly logger: Logger,
    private readonly inbox: InboxService,
  ) {
    super(bus, COUNTER_EVENTS_CONSUMER, [TicketCheckedIn.subject, TicketCompleted.subject, TicketNoShow.subject]);
  }

  async handle(envelope: EventEnvelope): Promise<void> {
    const change = this.floorEvent(envelope);
    if (!change) return;
    await this.inbox.handleOnce(COUNTER_EVENTS_CONSUMER, envelope, (manager) =>
      this.apply(manager, change.bookingId, change.event),
    );
  }

  private floorEvent(envelope: EventEnvelope): { bookingId: string; event: FloorEvent } | null {
    let bookingId: string | null = null;
    let event: FloorEvent | null = null;
    if (isEvent(envelope, TicketCheckedIn)) [bookingId, event] = [envelope.payload.bookingId, 'CHECKED_IN'];
    else if (isEvent(envelope, TicketCompleted)) [bookingId, event] = [envelope.payload.bookingId, 'COMPLETED'];
    else if (isEvent(envelope, TicketNoShow)) [bookingId, event] = [envelope.payload.bookingId, 'NO_SHOW'];
    else
      this.logger.warn(
        { subject: envelope.subject, version: envelope.version },
        'ignoring an event of unknown version',
      );
    // Walk-in tickets have no booking.
    return bookingId && event ? { bookingId, event } : null;
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
