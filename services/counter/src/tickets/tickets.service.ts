import { domainMetrics } from '@antrian/observability';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actsForOffice, Identity } from '@antrian/auth';
import { PriorityGroup, Stage, TicketCheckedIn } from '@antrian/contracts';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireOfficeManager, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { BookingLookupService } from '../booking-lookup/booking-lookup.service';
import { COUNTER_CONFIG, CounterConfig } from '../config/counter.config';
import { LiveUpdatesService } from '../live/live-updates.service';
import { OfficeCopyEntity } from '../replica/office-copy.entity';
import { ReplicaRepository } from '../replica/replica.repository';
import { isDeviceOf, requireCheckInDesk, requireCodeDesk } from '../shared/access';
import { localClock, localDate } from '../shared/local-time';
import { arrivalVerdict, arrivalWindow } from './arrival-window';
import { CheckInInput } from './check-in.input';
import { checkInQueueKey } from './queue-order';
import { formatTicketNumber, Lane, laneFor } from './ticket-number';
import { TicketEntity } from './ticket.entity';
import { TicketRepository } from './ticket.repository';
import { remainingUnder, WalkInCapChange, walkInCapChangeProblem } from './walk-in-quota';

export interface WalkInQuota {
  officeId: string;
  date: string;
  /** Walk-ins without a priority group (lane W). */
  cap: number;
  issued: number;
  remaining: number;
  /** Priority walk-ins (lane P), on their own quota. */
  priorityCap: number;
  priorityIssued: number;
  priorityRemaining: number;
}

class WalkInCapReached extends Error {}
class PriorityWalkInCapReached extends Error {}

/** The daily limits a ticket is issued under. */
interface IssueLimits {
  /** At most this many numbers of its lane a day (the W lane's cap). */
  laneCap?: number;
  /** One slot of the office's daily priority walk-in quota of this size, taken before the number. */
  priorityWalkInCap?: number;
}

@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COUNTER_CONFIG) private readonly config: CounterConfig,
    private readonly tickets: TicketRepository,
    private readonly replica: ReplicaRepository,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
    private readonly lookup: BookingLookupService,
  ) {}

  /**
   * Turns a booking into a numbered ticket at RECEPTION. Everything it needs is local (the booking
   * copy, the office copy, scheduling's public QR key), so the kiosk keeps working while
   * scheduling is unreachable. Refusals happen before anything is written.
   */
  async checkIn(actor: Identity | null, input: CheckInInput, now = new Date()): Promise<TicketEntity> {
    const desk = requireCheckInDesk(actor, input.officeId);
    const qrToken = input.qrToken?.trim();
    const bookingCode = input.bookingCode?.trim();
    if (!qrToken === !bookingCode) {
      throw new DomainError('BAD_USER_INPUT', 'Give either the QR token or the booking code (exactly one of them)');
    }
    const booking = qrToken
      ? await this.lookup.byQr(qrToken, input.officeId, now)
      : await this.lookup.byCode(requireCodeDesk(desk, input.officeId), bookingCode!, input.officeId);
    if (booking.status === 'CANCELLED') {
      throw new DomainError('INVALID_TRANSITION', 'This booking was cancelled: book a new visit, or ask an officer');
    }
    if (booking.status === 'NO_SHOW') {
      throw new DomainError('INVALID_TRANSITION', 'The day of this booking has passed; it was recorded as a no-show');
    }
    const earlier = await this.tickets.findByBooking(booking.id);
    if (earlier) throw this.alreadyCheckedIn(earlier);
    const office = await this.office(booking.officeId);
    const window = arrivalWindow(
      { startsAt: booking.sessionStartsAt, endsAt: booking.sessionEndsAt },
      office.checkInOpensMinutesBefore,
    );
    const verdict = arrivalVerdict(window, now);
    if (verdict !== 'OPEN') {
      const details = { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() };
      throw new DomainError(
        'OUTSIDE_ARRIVAL_WINDOW',
        verdict === 'TOO_EARLY'
          ? `Too early: check-in for this booking opens at ${localClock(window.opensAt, office.timeZone)} (office time)`
          : `Too late: check-in for this booking closed at ${localClock(window.closesAt, office.timeZone)} ` +
              '(office time), when its session ended; an officer can help with a walk-in ticket',
        details,
      );
    }
    try {
      const ticket = await this.issue(office, laneFor({ walkIn: false, priority: booking.priority }), {}, now, {
        bookingId: booking.id,
        applicantId: booking.applicantId,
        priority: booking.priority,
        sessionStartsAt: booking.sessionStartsAt,
      });
      domainMetrics.checkedIn('booked');
      this.live.changed(office.id, { tickets: [ticket.id], stages: [ticket.stage] });
      return ticket;
    } catch (error) {
      // Two kiosks scanned the same code at the same moment: the unique index let one through.
      if (violatedUniqueConstraint(error) === 'ticket_one_per_booking_idx') {
        throw this.alreadyCheckedIn(await this.tickets.findByBooking(booking.id));
      }
      throw error;
    }
  }

  /**
   * The later visit to collect the finished passport: a ticket in lane K, straight to the PICKUP
   * stage, once the booking's application is through adjudication (its visit ticket is DONE).
   * By booking code: the QR code stopped working when the session of the first visit ended.
   */
  async issuePickup(
    actor: Identity | null,
    officeId: string,
    bookingCode: string,
    now = new Date(),
  ): Promise<TicketEntity> {
    const officer = requireCodeDesk(requireCheckInDesk(actor, officeId), officeId);
    const booking = await this.lookup.byCode(officer, bookingCode.trim(), officeId);
    const visit = await this.tickets.findByBooking(booking.id);
    if (visit?.status !== 'DONE') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'This application is not through adjudication yet: its passport is not ready',
      );
    }
    const earlier = await this.tickets.findByBooking(booking.id, true);
    if (earlier) throw this.alreadyCheckedIn(earlier);
    const office = await this.office(officeId);
    try {
      const ticket = await this.issue(
        office,
        'K',
        {},
        now,
        { bookingId: booking.id, applicantId: booking.applicantId, priority: booking.priority, sessionStartsAt: null },
        'PICKUP',
      );
      this.live.changed(office.id, { tickets: [ticket.id], stages: [ticket.stage] });
      return ticket;
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'ticket_one_pickup_per_booking_idx') {
        throw this.alreadyCheckedIn(await this.tickets.findByBooking(booking.id, true));
      }
      throw error;
    }
  }

  /**
   * Somebody without a booking. Without a priority group: lane W, under the office's walk-in cap.
   * With one: lane P (numbered with the booked priority tickets, and called first like them), under
   * the office's separate daily quota of priority walk-ins, which leaves the W cap untouched.
   */
  async issueWalkIn(
    actor: Identity | null,
    officeId: string,
    priority: PriorityGroup | null,
    now = new Date(),
  ): Promise<TicketEntity> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.office(officeId);
    const caps = await this.walkInCapsOf(officeId);
    const lane = laneFor({ walkIn: true, priority });
    const limits: IssueLimits = lane === 'P' ? { priorityWalkInCap: caps.priorityCap } : { laneCap: caps.cap };
    try {
      const ticket = await this.issue(office, lane, limits, now, {
        bookingId: null,
        applicantId: null,
        priority,
        sessionStartsAt: null,
      });
      domainMetrics.checkedIn('walk_in');
      this.live.changed(office.id, { tickets: [ticket.id], stages: [ticket.stage] });
      return ticket;
    } catch (error) {
      if (error instanceof WalkInCapReached) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Today's walk-in tickets are all given out (the office's cap is ${caps.cap} a day): come back with a booking`,
          { cap: caps.cap },
        );
      }
      if (error instanceof PriorityWalkInCapReached) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Today's priority walk-in tickets are all given out (the office's priority walk-in cap is ` +
            `${caps.priorityCap} a day): come back with a booking, which is still called first`,
          { cap: caps.priorityCap },
        );
      }
      throw error;
    }
  }

  /** Sets the walk-in cap, the priority walk-in cap or both; a cap left out stays as it is. */
  async setWalkInCap(
    actor: Identity | null,
    officeId: string,
    change: WalkInCapChange,
    now = new Date(),
  ): Promise<WalkInQuota> {
    const supervisor = requireOfficeManager(actor, officeId);
    const problem = walkInCapChangeProblem(change);
    if (problem) throw new DomainError('BAD_USER_INPUT', problem);
    const office = await this.office(officeId);
    await this.tickets.setWalkInCaps(
      office.id,
      { cap: change.cap ?? null, priorityCap: change.priorityCap ?? null },
      supervisor.sub,
    );
    return this.quota(office, now);
  }

  async walkInQuota(actor: Identity | null, officeId: string, now = new Date()): Promise<WalkInQuota> {
    requireOfficeOfficer(actor, officeId);
    return this.quota(await this.office(officeId), now);
  }

  /** Its applicant or an officer of its office; null when there is no such ticket. */
  async get(actor: Identity | null, id: string): Promise<TicketEntity | null> {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to follow a ticket');
    const ticket = isUuid(id) ? await this.tickets.findById(id) : null;
    if (!ticket) return null;
    if (!this.maySee(actor, ticket)) throw new DomainError('FORBIDDEN', 'This ticket is not yours');
    return ticket;
  }

  async findVisible(actor: Identity | null, ids: readonly string[]): Promise<Map<string, TicketEntity>> {
    const found = await this.tickets.findByIds(ids.filter(isUuid));
    for (const [id, ticket] of found) if (!this.maySee(actor, ticket)) found.delete(id);
    return found;
  }

  /**
   * Who sees a ticket's personal details (its priority group, booking, hold reason): those who may
   * see the ticket, and the office's kiosks, which print it. Anyone else (the public board) sees
   * only its number, status and place.
   */
  maySeeDetails(actor: Identity | null, ticket: TicketEntity): boolean {
    return this.maySee(actor, ticket) || isDeviceOf(actor, ticket.officeId, 'KIOSK');
  }

  maySee(actor: Identity | null, ticket: TicketEntity): boolean {
    return (
      (actor?.kind === 'applicant' && ticket.applicantId !== null && actor.sub === ticket.applicantId) ||
      actsForOffice(actor, ticket.officeId)
    );
  }

  private async issue(
    office: OfficeCopyEntity,
    lane: Lane,
    limits: IssueLimits,
    now: Date,
    holder: Pick<TicketEntity, 'bookingId' | 'applicantId' | 'priority' | 'sessionStartsAt'>,
    stage: Stage = 'RECEPTION',
  ): Promise<TicketEntity> {
    const day = localDate(now, office.timeZone);
    return this.dataSource.transaction(async (manager) => {
      // A priority walk-in's quota slot first: a refusal ends before it touches the P number row,
      // which booked priority check-ins share, and consumes no number. Then the number. Both rows
      // stay locked to the commit and are always taken in this order; the rest is two statements.
      if (limits.priorityWalkInCap !== undefined) {
        const slot = await this.tickets.takePriorityWalkInSlot(manager, office.id, day, limits.priorityWalkInCap);
        if (slot === null) throw new PriorityWalkInCapReached();
      }
      const sequence = await this.tickets.nextSequence(manager, office.id, lane, day, limits.laneCap ?? null);
      if (sequence === null) throw new WalkInCapReached();
      const ticket = await this.tickets.insert(manager, {
        ...holder,
        officeId: office.id,
        localDate: day,
        lane,
        number: formatTicketNumber(lane, sequence),
        checkedInAt: now,
        queueKey: checkInQueueKey({ sessionStartsAt: holder.sessionStartsAt, checkedInAt: now }),
        stage,
      });
      await this.outbox.append(manager, TicketCheckedIn, {
        ticketId: ticket.id,
        bookingId: ticket.bookingId,
        officeId: ticket.officeId,
        number: ticket.number,
        checkedInAt: ticket.checkedInAt.toISOString(),
      });
      return ticket;
    });
  }

  private alreadyCheckedIn(ticket: TicketEntity | null): DomainError {
    return new DomainError(
      'ALREADY_CHECKED_IN',
      ticket ? `This booking is already checked in: ticket ${ticket.number}` : 'This booking is already checked in',
      ticket ? { ticketId: ticket.id, number: ticket.number } : undefined,
    );
  }

  private async office(officeId: string): Promise<OfficeCopyEntity> {
    const office = isUuid(officeId) ? await this.replica.findOffice(officeId) : null;
    if (!office) {
      throw new DomainError('NOT_FOUND', 'No such office (or its details have not reached the office floor yet)');
    }
    return office;
  }

  /** The office's caps, each its supervisor's or else the configured default. */
  private async walkInCapsOf(officeId: string): Promise<{ cap: number; priorityCap: number }> {
    const set = await this.tickets.walkInCaps(officeId);
    return {
      cap: set.cap ?? this.config.WALK_IN_DEFAULT_CAP,
      priorityCap: set.priorityCap ?? this.config.PRIORITY_WALK_IN_DEFAULT_CAP,
    };
  }

  private async quota(office: OfficeCopyEntity, now: Date): Promise<WalkInQuota> {
    const date = localDate(now, office.timeZone);
    const [caps, issued, priorityIssued] = await Promise.all([
      this.walkInCapsOf(office.id),
      this.tickets.issued(office.id, 'W', date),
      this.tickets.priorityWalkInsIssued(office.id, date),
    ]);
    return {
      officeId: office.id,
      date,
      cap: caps.cap,
      issued,
      remaining: remainingUnder(caps.cap, issued),
      priorityCap: caps.priorityCap,
      priorityIssued,
      priorityRemaining: remainingUnder(caps.priorityCap, priorityIssued),
    };
  }
}
