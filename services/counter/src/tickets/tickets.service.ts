import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@antrian/auth';
import { PriorityGroup, Stage, TicketCheckedIn, TicketStatus } from '@antrian/contracts';
import { message } from '@antrian/messages';
import { OutboxService } from '@antrian/messaging';
import { DomainError, requireOfficeManager, requireOfficeOfficer, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { BookingLookupService } from '../booking-lookup/booking-lookup.service';
import { COUNTER_CONFIG, CounterConfig } from '../config/counter.config';
import { LiveUpdatesService } from '../live/live-updates.service';
import { OfficeCopyEntity } from '../replica/office-copy.entity';
import { ReplicaRepository } from '../replica/replica.repository';
import { requireCheckInDesk, requireCodeDesk } from '../shared/access';
import { localClock, localDate } from '../shared/local-time';
import { arrivalVerdict, arrivalWindow } from './arrival-window';
import { CheckInInput } from './check-in.input';
import { checkInQueueKey } from './queue-order';
import { bookingStanding } from './booking-standing';
import { formatTicketNumber, Lane, laneFor, parseTicketNumber } from './ticket-number';
import { TicketEntity } from './ticket.entity';
import { TicketRepository } from './ticket.repository';
import { maySeeTicket } from './ticket-visibility';
import { remainingUnder, WalkInCapChange, walkInCapChangeProblem } from './walk-in-quota';

/** The kiosk that issues a ticket is recorded: it may print the ticket's follow code again. */
function issuingDevice(desk: Identity): string | null {
  return desk.kind === 'device' && isUuid(desk.sub) ? desk.sub : null;
}

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
    if (!qrToken === !bookingCode) throw new DomainError('BAD_USER_INPUT', message('counterFloor.checkIn.oneOf'));
    const booking = qrToken
      ? await this.lookup.byQr(qrToken, input.officeId, now)
      : await this.lookup.byCode(requireCodeDesk(desk, input.officeId), bookingCode!, input.officeId);
    const standing = bookingStanding(booking, await this.replica.sessionCancelReason(booking.sessionId));
    if (!standing.checkIn) {
      throw new DomainError(
        'INVALID_TRANSITION',
        standing.why === 'CANCELLED_BY_OFFICE'
          ? message('counterFloor.checkIn.sessionCancelled', { reason: standing.reason })
          : message(
              standing.why === 'CANCELLED'
                ? 'counterFloor.checkIn.bookingCancelled'
                : 'counterFloor.checkIn.bookingNoShow',
            ),
      );
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
          ? message('counterFloor.checkIn.tooEarly', { opensAt: localClock(window.opensAt, office.timeZone) })
          : message('counterFloor.checkIn.tooLate', { closesAt: localClock(window.closesAt, office.timeZone) }),
        details,
      );
    }
    try {
      const ticket = await this.issue(office, laneFor({ walkIn: false, priority: booking.priority }), {}, now, {
        bookingId: booking.id,
        applicantId: booking.applicantId,
        priority: booking.priority,
        sessionStartsAt: booking.sessionStartsAt,
        issuedByDeviceId: issuingDevice(desk),
      });
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
      throw new DomainError('INVALID_TRANSITION', message('counterFloor.pickup.notReady'));
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
        {
          bookingId: booking.id,
          applicantId: booking.applicantId,
          priority: booking.priority,
          sessionStartsAt: null,
          issuedByDeviceId: null,
        },
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
        issuedByDeviceId: null,
      });
      this.live.changed(office.id, { tickets: [ticket.id], stages: [ticket.stage] });
      return ticket;
    } catch (error) {
      if (error instanceof WalkInCapReached) {
        throw new DomainError('BAD_USER_INPUT', message('counterFloor.walkIn.capReached', { cap: caps.cap }), {
          cap: caps.cap,
        });
      }
      if (error instanceof PriorityWalkInCapReached) {
        throw new DomainError(
          'BAD_USER_INPUT',
          message('counterFloor.walkIn.priorityCapReached', { cap: caps.priorityCap }),
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
    if (!actor) throw new DomainError('UNAUTHENTICATED', message('counterFloor.ticket.signInToFollow'));
    const ticket = isUuid(id) ? await this.tickets.findById(id) : null;
    if (!ticket) return null;
    if (!this.maySee(actor, ticket)) throw new DomainError('FORBIDDEN', message('counterFloor.ticket.notYours'));
    return ticket;
  }

  /**
   * Officers of the office: its tickets of an office-local day (today when left out), waiting
   * tickets first in calling order.
   */
  async list(
    actor: Identity | null,
    officeId: string,
    filter: { stage: Stage | null; statuses: readonly TicketStatus[] | null; date: string | null },
    now = new Date(),
  ): Promise<TicketEntity[]> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.office(officeId);
    const day = filter.date ?? localDate(now, office.timeZone);
    return this.tickets.list(office.id, day, {
      stage: filter.stage,
      statuses: filter.statuses?.length ? filter.statuses : null,
    });
  }

  /** Officers of the office: a ticket by the number printed on it (as typed), on a day (today when left out). */
  async byNumber(
    actor: Identity | null,
    officeId: string,
    number: string,
    date: string | null,
    now = new Date(),
  ): Promise<TicketEntity | null> {
    requireOfficeOfficer(actor, officeId);
    const office = await this.office(officeId);
    const printed = parseTicketNumber(number);
    if (!printed) return null;
    return this.tickets.findByNumber(office.id, date ?? localDate(now, office.timeZone), printed);
  }

  /** `Booking.ticket`: each booking's visit ticket, for those who may see it (null for the rest). */
  async visitTicketsOf(actor: Identity | null, bookingIds: readonly string[]): Promise<Map<string, TicketEntity>> {
    const found = await this.tickets.visitTicketsOf(bookingIds.filter(isUuid));
    for (const [id, ticket] of found) if (!this.maySee(actor, ticket)) found.delete(id);
    return found;
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
    return maySeeTicket(actor, ticket);
  }

  maySee(actor: Identity | null, ticket: TicketEntity): boolean {
    return maySeeTicket(actor, ticket);
  }

  private async issue(
    office: OfficeCopyEntity,
    lane: Lane,
    limits: IssueLimits,
    now: Date,
    holder: Pick<TicketEntity, 'bookingId' | 'applicantId' | 'priority' | 'sessionStartsAt' | 'issuedByDeviceId'>,
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
      message('counterFloor.checkIn.alreadyCheckedIn', { number: ticket?.number ?? null }),
      ticket ? { ticketId: ticket.id, number: ticket.number } : undefined,
    );
  }

  private async office(officeId: string): Promise<OfficeCopyEntity> {
    const office = isUuid(officeId) ? await this.replica.findOffice(officeId) : null;
    if (!office) {
      throw new DomainError('NOT_FOUND', message('counterFloor.noSuchOffice'));
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
