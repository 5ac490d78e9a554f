import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  BookingReconciliationNeeded,
  EventEnvelope,
  isEvent,
  TicketCheckedIn,
  TicketCompleted,
  TicketNoShow,
} from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import {
  DurableEventConsumer,
  EventChange,
  EVENT_BUS,
  EventBus,
  InboxService,
  OutboxService,
} from '@antrian/messaging';
import { BookingEntity } from '../bookings/booking.entity';
import { SCHEDULING_LOGGER } from '../config/scheduling.config';
import { ReconciliationCaseRepository } from '../reconciliation/reconciliation-case.repository';
import { SessionRepository } from '../sessions/session.repository';
import { bookingStatusAfter, FloorEvent, needsPlaceAgain } from './booking-status-after';

export const COUNTER_EVENTS_CONSUMER = 'scheduling-counter-tickets';

/**
 * Moves bookings to CHECKED_IN, COMPLETED or NO_SHOW as the office floor reports, exactly once per
 * event. A cancelled booking is revived only by taking its place again; when the session is full
 * it stays cancelled and a reconciliation case is opened (an event and an error line naming the
 * booking) rather than overselling the session.
 */
@Injectable()
export class CounterEventsConsumer extends DurableEventConsumer {
  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(SCHEDULING_LOGGER) logger: Logger,
    inbox: InboxService,
    private readonly sessions: SessionRepository,
    private readonly cases: ReconciliationCaseRepository,
    private readonly outbox: OutboxService,
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
    const booking = await manager.findOne(BookingEntity, {
      where: { id: bookingId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!booking) {
      this.logger.warn({ bookingId, event }, 'the floor reported on a booking scheduling does not know');
      return;
    }
    const next = bookingStatusAfter(event, booking.status);
    if (!next) return;
    if (needsPlaceAgain(booking.status, next) && !(await this.sessions.takeSeat(manager, booking.sessionId))) {
      await this.openCase(manager, booking, `${event}_AFTER_CANCELLATION_SESSION_FULL`);
      return;
    }
    await manager.update(BookingEntity, { id: bookingId }, { status: next });
  }

  private async openCase(manager: EntityManager, booking: BookingEntity, reason: string): Promise<void> {
    const found = { bookingId: booking.id, officeId: booking.officeId, sessionId: booking.sessionId, reason };
    if (!(await this.cases.open(manager, found))) return;
    await this.outbox.append(manager, BookingReconciliationNeeded, found);
    // Ids only: never a name or a NIK.
    this.logger.error(found, 'the floor revived a cancelled booking whose session is full: reconciliation case opened');
  }
}
