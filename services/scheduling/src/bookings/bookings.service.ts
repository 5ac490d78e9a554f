import { domainMetrics } from '@antrian/observability';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actsForOffice, Identity, QrTokenSigner } from '@antrian/auth';
import { BookingCancelled, BookingCreated, BookingRescheduled, BookingSnapshotPayload } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireApplicant, requireIdentity } from '@antrian/subgraph';
import { isRetryableConflict, violatedUniqueConstraint } from '@antrian/database';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';
import { SessionForBooking, SessionRepository } from '../sessions/session.repository';
import { BookSessionInput } from './book-session.input';
import { BookingGuards } from './booking-guards.service';
import { newBookingCode, normalizeBookingCode } from './booking-code';
import { BookingEntity } from './booking.entity';
import { bookingWindow, canChange } from './booking-policy';
import { BookingRepository } from './booking.repository';

class SessionFull extends Error {}

const SESSION_FULL = () => new DomainError('SESSION_FULL', 'This session is fully booked: choose another one');
const ACTIVE_EXISTS = (forFamilyMember: boolean) =>
  new DomainError(
    'ACTIVE_BOOKING_EXISTS',
    forFamilyMember
      ? 'This family member already has an active booking: cancel or reschedule it instead'
      : 'You already have an active booking: cancel or reschedule it instead',
  );

function snapshot(booking: BookingEntity, session: { startsAt: Date; endsAt: Date }): BookingSnapshotPayload {
  return {
    bookingId: booking.id,
    code: booking.code,
    applicantId: booking.applicantId,
    officeId: booking.officeId,
    sessionId: booking.sessionId,
    sessionStartsAt: session.startsAt.toISOString(),
    sessionEndsAt: session.endsAt.toISOString(),
    service: booking.service,
    priority: booking.priority,
    familyMemberId: booking.familyMemberId,
  };
}

@Injectable()
export class BookingsService {
  private readonly qrSigner: QrTokenSigner;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCHEDULING_CONFIG) config: SchedulingConfig,
    private readonly bookings: BookingRepository,
    private readonly sessions: SessionRepository,
    private readonly familyMembers: FamilyMemberRepository,
    private readonly outbox: OutboxService,
    private readonly guards: BookingGuards,
  ) {
    this.qrSigner = new QrTokenSigner(config.QR_PRIVATE_KEY);
  }

  /**
   * The booking rush path. Refusals (closed, full, duplicate) cost one read and never touch the
   * session row's lock, nor the client address's allowance, which is taken only after them. A
   * success inserts the booking and its event first and takes the seat last, so the hot row is
   * locked only from that UPDATE to the commit.
   */
  async book(
    actor: Identity | null,
    input: BookSessionInput,
    clientAddress: string | null = null,
    now = new Date(),
  ): Promise<BookingEntity> {
    const applicant = requireApplicant(actor);
    this.guards.requireConfirmedEmail(applicant);
    const session = await this.sessions.findForBooking(input.sessionId, undefined, {
      applicantId: applicant.sub,
      key: input.idempotencyKey,
    });
    if (!session) throw new DomainError('NOT_FOUND', 'No such session');
    // A retry of a request that succeeded earlier gets its booking back, not today's refusal.
    if (session.earlierBookingId) return (await this.bookings.findById(session.earlierBookingId))!;
    const refusal = this.refusal(session, input, now);
    if (refusal) throw refusal;
    const familyMemberId = input.familyMemberId ?? null;
    if (familyMemberId && !(await this.familyMembers.belongsTo(familyMemberId, applicant.sub))) {
      throw new DomainError('NOT_FOUND', 'No such family member on your account');
    }
    await this.guards.checkPriority(familyMemberId ?? applicant.sub, input.priority, session);
    await this.guards.takeBookingAttempt(clientAddress);
    let made: { booking: BookingEntity; createdNow: boolean } | undefined;
    try {
      made = await this.insertBooking(applicant, input, session, familyMemberId);
      if (made.createdNow) domainMetrics.bookingMade();
      return made.booking;
    } finally {
      // Only a booking made now counts: a retry's earlier one, or a refusal, gives the attempt back.
      if (!made?.createdNow) await this.guards.giveBackBookingAttempt(clientAddress);
    }
  }

  private async insertBooking(
    applicant: Identity,
    input: BookSessionInput,
    session: SessionForBooking,
    familyMemberId: string | null,
  ): Promise<{ booking: BookingEntity; createdNow: boolean }> {
    for (let attempt = 0; ; attempt += 1) {
      const booking = Object.assign(new BookingEntity(), {
        id: randomUUID(),
        code: newBookingCode(),
        applicantId: applicant.sub,
        familyMemberId,
        officeId: session.officeId,
        sessionId: session.id,
        service: input.service,
        priority: input.priority ?? null,
        status: 'BOOKED' as const,
        idempotencyKey: input.idempotencyKey,
      });
      try {
        await this.dataSource.transaction(async (manager) => {
          await this.bookings.insert(manager, booking);
          await this.outbox.append(manager, BookingCreated, { ...snapshot(booking, session), bookingVersion: 1 });
          if (!(await this.sessions.takeSeat(manager, session.id))) throw new SessionFull();
        });
        return { booking, createdNow: true };
      } catch (error) {
        if (error instanceof SessionFull) {
          const earlier = await this.bookings.findByIdempotencyKey(applicant.sub, input.idempotencyKey);
          if (earlier) return { booking: earlier, createdNow: false };
          throw SESSION_FULL();
        }
        const constraint = violatedUniqueConstraint(error);
        if (constraint === 'booking_code_key' && attempt < 3) continue;
        if (constraint !== undefined) {
          // Either this very request again (a concurrent retry) or another active booking.
          const earlier = await this.bookings.findByIdempotencyKey(applicant.sub, input.idempotencyKey);
          if (earlier) return { booking: earlier, createdNow: false };
          if (constraint === 'booking_one_active_idx') throw ACTIVE_EXISTS(familyMemberId !== null);
        }
        throw error;
      }
    }
  }

  private refusal(session: SessionForBooking, input: { service: string }, now: Date): DomainError | null {
    const window = bookingWindow(session, session, now);
    if (window === 'NOT_YET_RELEASED') {
      return new DomainError(
        'BOOKING_CLOSED',
        `Places for this session are released at ${session.bookableFrom.toISOString()}`,
        {
          opensAt: session.bookableFrom.toISOString(),
        },
      );
    }
    if (window === 'CLOSED') return new DomainError('BOOKING_CLOSED', 'Booking for this session has closed');
    if (session.services && !session.services.includes(input.service as never)) {
      return new DomainError('BAD_USER_INPUT', `This session serves only ${session.services.join(', ')}`);
    }
    if (session.booked >= session.capacity) return SESSION_FULL();
    return null;
  }

  async cancel(actor: Identity | null, bookingId: string, now = new Date()): Promise<BookingEntity> {
    const applicant = requireApplicant(actor);
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.ownedBooking(manager, applicant, bookingId);
      const session = (await this.sessions.findForBooking(booking.sessionId, manager))!;
      if (!canChange(session, session, now)) {
        throw new DomainError('BOOKING_CLOSED', 'It is too late to cancel this booking');
      }
      await this.bookings.transition(manager, booking.id, ['BOOKED'], 'CANCELLED');
      await this.sessions.releaseSeat(manager, booking.sessionId);
      const cancelled = (await this.bookings.findById(booking.id, manager))!;
      await this.outbox.append(manager, BookingCancelled, {
        bookingId: booking.id,
        officeId: booking.officeId,
        sessionId: booking.sessionId,
        bookingVersion: cancelled.version,
      });
      return cancelled;
    });
  }

  /**
   * Moves a booking in one transaction: the new place is taken and the old one given back
   * together, or neither (the old one is kept when the new session is full). Session rows are
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
          const booking = await this.ownedBooking(manager, applicant, bookingId);
          if (booking.sessionId === sessionId) return booking;
          const [from, to] = await Promise.all([
            this.sessions.findForBooking(booking.sessionId, manager),
            this.sessions.findForBooking(sessionId, manager),
          ]);
          if (!to) throw new DomainError('NOT_FOUND', 'No such session');
          if (!canChange(from!, from!, now)) {
            throw new DomainError('BOOKING_CLOSED', 'It is too late to reschedule this booking');
          }
          const refusal = this.refusal(to, booking, now);
          if (refusal) throw refusal;
          await this.guards.checkPriority(booking.familyMemberId ?? booking.applicantId, booking.priority, to, manager);
          await this.moveSeat(manager, from!.id, to.id);
          await this.bookings.moveToSession(manager, booking.id, to.id, to.officeId);
          const moved = (await this.bookings.findById(booking.id, manager))!;
          await this.outbox.append(manager, BookingRescheduled, {
            ...snapshot(moved, to),
            previousSessionId: from!.id,
            bookingVersion: moved.version,
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

  private async ownedBooking(manager: EntityManager, applicant: Identity, bookingId: string): Promise<BookingEntity> {
    const booking = await this.bookings.lockById(manager, bookingId);
    if (!booking || booking.applicantId !== applicant.sub) throw new DomainError('NOT_FOUND', 'No such booking');
    if (booking.status !== 'BOOKED') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `A ${booking.status.toLowerCase().replace('_', '-')} booking cannot be changed`,
      );
    }
    return booking;
  }

  async myBookings(actor: Identity | null): Promise<BookingEntity[]> {
    const applicant = requireApplicant(actor);
    return (await this.bookings.findByApplicants([applicant.sub])).get(applicant.sub) ?? [];
  }

  /**
   * Its owner, or an officer of its office (or an ADMIN); for anyone else NOT_FOUND, exactly as for
   * a code nobody holds, so a code never tells which office holds it. Failed look-ups are limited.
   */
  async byCode(actor: Identity | null, code: string): Promise<BookingEntity> {
    const caller = requireIdentity(actor);
    return this.guards.lookUpCode(caller, async () => {
      const booking = await this.bookings.findByCode(normalizeBookingCode(code));
      return booking && this.maySee(caller, booking) ? booking : null;
    });
  }

  /** Bookings by id that this caller may see (see byCode). */
  async findVisible(actor: Identity | null, ids: readonly string[]): Promise<Map<string, BookingEntity>> {
    const found = await this.bookings.findByIds(ids);
    for (const [id, booking] of found) if (!this.maySee(actor, booking)) found.delete(id);
    return found;
  }

  maySee(actor: Identity | null, booking: BookingEntity): boolean {
    return (actor?.kind === 'applicant' && actor.sub === booking.applicantId) || actsForOffice(actor, booking.officeId);
  }

  qrToken(booking: BookingEntity, session: { startsAt: Date; endsAt: Date }): Promise<string> {
    return this.qrSigner.sign({
      bookingId: booking.id,
      bookingCode: booking.code,
      applicantId: booking.applicantId,
      officeId: booking.officeId,
      sessionId: booking.sessionId,
      sessionStartsAt: session.startsAt,
      service: booking.service,
      priority: booking.priority,
      expiresAt: session.endsAt,
    });
  }

  /** An applicant's bookings as this caller may see them: all for herself, her office's for an officer. */
  async bookingsOf(actor: Identity | null, applicantIds: readonly string[]): Promise<Map<string, BookingEntity[]>> {
    const byApplicant = await this.bookings.findByApplicants(applicantIds);
    for (const [id, list] of byApplicant)
      byApplicant.set(
        id,
        list.filter((booking) => this.maySee(actor, booking)),
      );
    return byApplicant;
  }
}
