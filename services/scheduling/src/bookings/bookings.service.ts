import { domainMetrics } from '@antrian/observability';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { actsForOffice, Identity, QrTokenSigner } from '@antrian/auth';
import { BookingCancelled, BookingCreated } from '@antrian/contracts';
import { OutboxService, prepareOutboxEvent } from '@antrian/messaging';
import { DomainError, requireApplicant, requireIdentity } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../config/scheduling.config';
import { FamilyMemberRepository } from '../family-members/family-member.repository';
import { SessionForBooking, SessionRepository } from '../sessions/session.repository';
import { BookSessionInput } from './book-session.input';
import { BookingGuards } from './booking-guards.service';
import { newBookingCode, normalizeBookingCode } from './booking-code';
import { BookingEntity } from './booking.entity';
import { canChange } from './booking-policy';
import { bookingSnapshot, changeRefusal, SESSION_CANCELLED, SESSION_FULL, sessionRefusal } from './booking-refusals';
import { BookingRepository } from './booking.repository';

const ACTIVE_EXISTS = (forFamilyMember: boolean) =>
  new DomainError(
    'ACTIVE_BOOKING_EXISTS',
    message(forFamilyMember ? 'scheduling.familyMemberActiveBookingExists' : 'scheduling.activeBookingExists'),
  );

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
    if (!session) throw new DomainError('NOT_FOUND', message('scheduling.noSuchSession'));
    // A retry of a request that succeeded earlier gets its booking back, not today's refusal.
    if (session.earlierBookingId) return (await this.bookings.findById(session.earlierBookingId))!;
    const refusal = sessionRefusal(session, input, now);
    if (refusal) throw refusal;
    const familyMemberId = input.familyMemberId ?? null;
    if (familyMemberId && !(await this.familyMembers.belongsTo(familyMemberId, applicant.sub))) {
      throw new DomainError('NOT_FOUND', message('scheduling.noSuchFamilyMember'));
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
      const booking = {
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
      };
      try {
        const event = prepareOutboxEvent(BookingCreated, { ...bookingSnapshot(booking, session), bookingVersion: 1 });
        const made = await this.bookings.insertWithSeat(booking, event);
        if (made) return { booking: made, createdNow: true };
        // No place: this very request made earlier (a concurrent retry), the office cancelled the
        // session while this request waited for its place, or full; one read tells which.
        const current = await this.sessions.findForBooking(session.id, undefined, {
          applicantId: applicant.sub,
          key: input.idempotencyKey,
        });
        if (current?.earlierBookingId) {
          return { booking: (await this.bookings.findById(current.earlierBookingId))!, createdNow: false };
        }
        if (current?.cancelReason != null) throw SESSION_CANCELLED(current.cancelReason);
        // Her family member was removed while this request was on its way.
        if (familyMemberId && !(await this.familyMembers.belongsTo(familyMemberId, applicant.sub))) {
          throw new DomainError('NOT_FOUND', message('scheduling.noSuchFamilyMember'));
        }
        throw SESSION_FULL();
      } catch (error) {
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

  async cancel(actor: Identity | null, bookingId: string, now = new Date()): Promise<BookingEntity> {
    const applicant = requireApplicant(actor);
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.lockOwned(manager, applicant.sub, bookingId);
      if (!booking) throw new DomainError('NOT_FOUND', message('scheduling.noSuchBooking'));
      const refusal = changeRefusal(booking);
      if (refusal) throw refusal;
      const session = (await this.sessions.findForBooking(booking.sessionId, manager))!;
      if (!canChange(session, session, now)) {
        throw new DomainError('BOOKING_CLOSED', message('scheduling.tooLateToCancel'));
      }
      await this.bookings.transition(manager, booking.id, ['BOOKED'], 'CANCELLED');
      await this.sessions.releaseSeat(manager, booking.sessionId);
      const cancelled = (await this.bookings.findById(booking.id, manager))!;
      await this.outbox.append(manager, BookingCancelled, {
        bookingId: booking.id,
        officeId: booking.officeId,
        sessionId: booking.sessionId,
        applicantId: booking.applicantId,
        bookingVersion: cancelled.version,
      });
      return cancelled;
    });
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
