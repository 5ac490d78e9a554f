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
  isEvent,
  isEventOf,
  OfficeCreated,
  OfficeUpdated,
  SessionAdded,
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
    // Version 2 booking events carry the booking's own version; version 1 ones are ordered by time.
    const version = bookingVersionOf(envelope);
    if (isEvent(envelope, OfficeCreated) || isEvent(envelope, OfficeUpdated)) {
      return (manager) => this.replica.upsertOffice(manager, envelope.payload, at);
    }
    if (isEvent(envelope, SessionAdded)) return (manager) => this.replica.upsertSession(manager, envelope.payload, at);
    if (isEventOf(envelope, [BookingCreated, BookingCreatedV1, BookingRescheduled, BookingRescheduledV1])) {
      return (manager) => this.replica.upsertBooking(manager, envelope.payload, at, version);
    }
    if (isEventOf(envelope, [BookingCancelled, BookingCancelledV1])) {
      return this.ending(envelope.payload.bookingId, 'CANCELLED', at, version);
    }
    if (isEventOf(envelope, [BookingMarkedNoShow, BookingMarkedNoShowV1])) {
      return this.ending(envelope.payload.bookingId, 'NO_SHOW', at, version);
    }
    return null;
  }

  private ending(bookingId: string, status: 'CANCELLED' | 'NO_SHOW', at: Date, version: number | null): EventChange {
    return async (manager) => {
      if ((await this.replica.endBooking(manager, bookingId, status, at, version)) === 'tombstoned') {
        // Out of order (its creation is late): kept, so the creation arrives ended.
        this.logger.info({ bookingId, status }, 'kept a tombstone for a booking the floor has not heard of yet');
      }
    };
  }
}

function bookingVersionOf(envelope: EventEnvelope): number | null {
  const version = (envelope.payload as { bookingVersion?: unknown } | null)?.bookingVersion;
  return envelope.version >= 2 && typeof version === 'number' ? version : null;
}
