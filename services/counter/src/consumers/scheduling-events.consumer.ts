import { Inject, Injectable } from '@nestjs/common';
import {
  BookingCancelled,
  BookingCreated,
  BookingMarkedNoShow,
  BookingRescheduled,
  EventEnvelope,
  isEvent,
  OfficeCreated,
  OfficeUpdated,
  SessionAdded,
  SessionCancelled,
} from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { DurableEventConsumer, EventChange, EVENT_BUS, EventBus, InboxService } from '@antrian/messaging';
import { COUNTER_LOGGER } from '../config/counter.config';
import { ReplicaRepository } from '../replica/replica.repository';

export const SCHEDULING_EVENTS_CONSUMER = 'counter-scheduling-events';

const SUBJECTS = [
  OfficeCreated,
  OfficeUpdated,
  SessionAdded,
  SessionCancelled,
  BookingCreated,
  BookingCancelled,
  BookingRescheduled,
  BookingMarkedNoShow,
].map((definition) => definition.subject);

/**
 * Keeps the floor's copy of offices, sessions and bookings, exactly once per event: the copy and
 * the inbox record commit together, so a redelivered event changes nothing. One durable consumer
 * for all of scheduling's subjects keeps them in the order scheduling published them.
 */
@Injectable()
export class SchedulingEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(COUNTER_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly replica: ReplicaRepository,
  ) {
    super(bus, inbox, logger, SCHEDULING_EVENTS_CONSUMER, SUBJECTS);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    const at = new Date(envelope.occurredAt);
    if (isEvent(envelope, OfficeCreated) || isEvent(envelope, OfficeUpdated)) {
      return (manager) => this.replica.upsertOffice(manager, envelope.payload, at);
    }
    if (isEvent(envelope, SessionAdded)) return (manager) => this.replica.upsertSession(manager, envelope.payload, at);
    if (isEvent(envelope, SessionCancelled)) {
      return (manager) => this.replica.cancelSession(manager, envelope.payload, at);
    }
    if (isEvent(envelope, BookingCreated) || isEvent(envelope, BookingRescheduled)) {
      return (manager) => this.replica.upsertBooking(manager, envelope.payload, at);
    }
    if (isEvent(envelope, BookingCancelled)) {
      return this.ending(envelope.payload.bookingId, 'CANCELLED', envelope.payload.cancelReason ?? null);
    }
    if (isEvent(envelope, BookingMarkedNoShow)) return this.ending(envelope.payload.bookingId, 'NO_SHOW');
    return null;
  }

  private ending(bookingId: string, status: 'CANCELLED' | 'NO_SHOW', cancelReason: string | null = null): EventChange {
    return async (manager) => {
      if (!(await this.replica.endBooking(manager, bookingId, status, cancelReason))) {
        this.logger.warn({ bookingId, status }, 'scheduling ended a booking the floor never heard of');
      }
    };
  }
}
