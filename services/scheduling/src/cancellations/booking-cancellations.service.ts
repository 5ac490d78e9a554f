import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BookingCancelled } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { BookingRepository } from '../bookings/booking.repository';
import { SessionRepository } from '../sessions/session.repository';

/** Whose active bookings an office-side decision cancels. */
export type CancelledPerson = { applicantId: string } | { familyMemberId: string };

/**
 * Cancellations decided for the applicant rather than by her (a NIK released from the account
 * that held it): every BOOKED booking of the person is cancelled with the reason, whatever the
 * cut-off, its place goes back to the pool, and each is announced as BookingCancelled, in the
 * caller's transaction.
 */
@Injectable()
export class BookingCancellationsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxService,
  ) {}

  async cancelActiveOf(manager: EntityManager, person: CancelledPerson, reason: string): Promise<number> {
    let cancelled = 0;
    for (const booking of await this.bookings.lockBookedOf(manager, person)) {
      if (!(await this.bookings.cancel(manager, booking.id, reason))) continue;
      await this.sessions.releaseSeat(manager, booking.sessionId);
      await this.outbox.append(manager, BookingCancelled, {
        bookingId: booking.id,
        officeId: booking.officeId,
        sessionId: booking.sessionId,
        bookingVersion: await this.bookings.versionOf(manager, booking.id),
      });
      cancelled += 1;
    }
    return cancelled;
  }
}
