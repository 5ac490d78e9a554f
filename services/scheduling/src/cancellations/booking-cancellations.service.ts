import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BookingCancelled, SessionCancelled } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { BookingEntity } from '../bookings/booking.entity';
import { BookingRepository } from '../bookings/booking.repository';
import { SessionEntity } from '../sessions/session.entity';
import { SessionRepository } from '../sessions/session.repository';

/** Whose active bookings an office-side decision cancels. */
export type CancelledPerson = { applicantId: string } | { familyMemberId: string };

/**
 * Cancellations decided for the applicant rather than by her (a NIK released from the account
 * that held it, a family member removed, a session the office cancelled): every BOOKED booking
 * concerned is cancelled with the reason, whatever the cut-off, and each is announced as
 * BookingCancelled with that reason, in the caller's transaction.
 */
@Injectable()
export class BookingCancellationsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Her places go back to the pool. */
  async cancelActiveOf(manager: EntityManager, person: CancelledPerson, reason: string): Promise<number> {
    let cancelled = 0;
    for (const booking of await this.bookings.lockBookedOf(manager, person)) {
      if (await this.cancelOne(manager, booking, reason)) {
        await this.sessions.releaseSeat(manager, booking.sessionId);
        cancelled += 1;
      }
    }
    return cancelled;
  }

  /**
   * The office cancels a session: it is marked cancelled first (its row stays locked to the
   * commit, so a booking waiting for a place there gets none), then every BOOKED booking of it is
   * cancelled, then SessionCancelled. Its places are never sold again. Null when the session was
   * cancelled already (or does not exist).
   */
  async cancelSession(
    manager: EntityManager,
    sessionId: string,
    reason: string,
    at: Date,
  ): Promise<SessionEntity | null> {
    const session = await this.sessions.markCancelled(manager, sessionId, reason, at);
    if (!session) return null;
    // Its places are not given back to the pool: the session sells nothing any more.
    for (const booking of await this.bookings.lockBookedOfSession(manager, sessionId)) {
      await this.cancelOne(manager, booking, reason);
    }
    await this.outbox.append(manager, SessionCancelled, {
      sessionId: session.id,
      officeId: session.officeId,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      reason,
      cancelledAt: at.toISOString(),
    });
    return session;
  }

  private async cancelOne(manager: EntityManager, booking: BookingEntity, reason: string): Promise<boolean> {
    if (!(await this.bookings.cancel(manager, booking.id, reason))) return false;
    await this.outbox.append(manager, BookingCancelled, {
      bookingId: booking.id,
      officeId: booking.officeId,
      sessionId: booking.sessionId,
      cancelReason: reason,
      applicantId: booking.applicantId,
    });
    return true;
  }
}
