import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@antrian/auth';
import { BookingRescheduled } from '@antrian/contracts';
import { isRetryableConflict } from '@antrian/database';
import { message } from '@antrian/messages';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireApplicant } from '@antrian/subgraph';
import { SessionRepository } from '../sessions/session.repository';
import { BookingGuards } from './booking-guards.service';
import { BookingEntity } from './booking.entity';
import { canChange } from './booking-policy';
import { bookingSnapshot, changeRefusal, SESSION_FULL, SessionFull, sessionRefusal } from './booking-refusals';
import { BookingRepository } from './booking.repository';
import { mayReschedule } from './reschedule-limit';

/** An applicant moves her booking to another session, at most as often as its office allows. */
@Injectable()
export class RescheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxService,
    private readonly guards: BookingGuards,
  ) {}

  /**
   * Moves a booking in one transaction: the new place is taken and the old one given back
   * together, or neither (the old one is kept when the new session is full). The booking's row
   * is locked first, so parallel reschedules of one booking take turns and each sees the count
   * the one before left: the office's limit holds whatever the concurrency. Session rows are
   * locked in id order, so crossing reschedules cannot deadlock.
   */
  async reschedule(
    actor: Identity | null,
    bookingId: string,
    sessionId: string,
    now = new Date(),
  ): Promise<BookingEntity> {
    const applicant = requireApplicant(actor);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const booking = await this.bookings.lockOwned(manager, applicant.sub, bookingId);
          if (!booking) throw new DomainError('NOT_FOUND', message('scheduling.noSuchBooking'));
          const refused = changeRefusal(booking);
          if (refused) throw refused;
          if (booking.sessionId === sessionId) return booking;
          const [from, to] = await Promise.all([
            this.sessions.findForBooking(booking.sessionId, manager),
            this.sessions.findForBooking(sessionId, manager),
          ]);
          if (!to) throw new DomainError('NOT_FOUND', message('scheduling.noSuchSession'));
          if (!mayReschedule(booking, from!)) {
            throw new DomainError(
              'INVALID_TRANSITION',
              message('booking.rescheduleLimit', { max: from!.maxReschedules }),
            );
          }
          if (!canChange(from!, from!, now)) {
            throw new DomainError('BOOKING_CLOSED', message('scheduling.tooLateToReschedule'));
          }
          const refusal = sessionRefusal(to, booking, now);
          if (refusal) throw refusal;
          await this.guards.checkPriority(booking.familyMemberId ?? booking.applicantId, booking.priority, to, manager);
          await this.moveSeat(manager, from!.id, to.id);
          await this.bookings.moveToSession(manager, booking.id, to.id, to.officeId);
          const moved = (await this.bookings.findById(booking.id, manager))!;
          await this.outbox.append(manager, BookingRescheduled, {
            ...bookingSnapshot(moved, to),
            previousSessionId: from!.id,
          });
          return moved;
        });
      } catch (error) {
        if (error instanceof SessionFull) throw SESSION_FULL();
        if (isRetryableConflict(error) && attempt < 3) continue;
        throw error;
      }
    }
  }

  private async moveSeat(manager: EntityManager, fromSessionId: string, toSessionId: string): Promise<void> {
    if (fromSessionId < toSessionId) {
      await this.sessions.releaseSeat(manager, fromSessionId);
      if (!(await this.sessions.takeSeat(manager, toSessionId))) throw new SessionFull();
    } else {
      if (!(await this.sessions.takeSeat(manager, toSessionId))) throw new SessionFull();
      await this.sessions.releaseSeat(manager, fromSessionId);
    }
  }
}
