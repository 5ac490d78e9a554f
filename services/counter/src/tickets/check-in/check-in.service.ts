import { domainMetrics } from '@antrian/observability';
import { Injectable } from '@nestjs/common';
import { Identity } from '@antrian/auth';
import { message } from '@antrian/messages';
import { DomainError, isUuid } from '@antrian/subgraph';
import { violatedUniqueConstraint } from '@antrian/database';
import { BookingLookupService } from '../../booking-lookup/booking-lookup.service';
import { LiveUpdatesService } from '../../live/live-updates.service';
import { ReplicaRepository } from '../../replica/replica.repository';
import { requireCheckInDesk, requireCodeDesk } from '../../shared/access';
import { localClock } from '../../shared/local-time';
import { laneFor } from '../issuing/ticket-number';
import { TicketIssuer } from '../issuing/ticket-issuer';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketRepository } from '../tickets/ticket.repository';
import { arrivalVerdict, arrivalWindow } from './arrival-window';
import { bookingStanding } from './booking-standing';
import { CheckInInput } from './check-in.input';

/** The kiosk that issues a ticket is recorded: it may print the ticket's follow code again. */
function issuingDevice(desk: Identity): string | null {
  return desk.kind === 'device' && isUuid(desk.sub) ? desk.sub : null;
}

/** A booking becomes a ticket: the visit's check-in, and later the pickup of the passport. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly issuer: TicketIssuer,
    private readonly tickets: TicketRepository,
    private readonly replica: ReplicaRepository,
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
    const office = await this.issuer.office(booking.officeId);
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
      const ticket = await this.issuer.issue(office, laneFor({ walkIn: false, priority: booking.priority }), {}, now, {
        bookingId: booking.id,
        applicantId: booking.applicantId,
        priority: booking.priority,
        sessionStartsAt: booking.sessionStartsAt,
        issuedByDeviceId: issuingDevice(desk),
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
      throw new DomainError('INVALID_TRANSITION', message('counterFloor.pickup.notReady'));
    }
    const earlier = await this.tickets.findByBooking(booking.id, true);
    if (earlier) throw this.alreadyCheckedIn(earlier);
    const office = await this.issuer.office(officeId);
    try {
      const ticket = await this.issuer.issue(
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

  private alreadyCheckedIn(ticket: TicketEntity | null): DomainError {
    return new DomainError(
      'ALREADY_CHECKED_IN',
      message('counterFloor.checkIn.alreadyCheckedIn', { number: ticket?.number ?? null }),
      ticket ? { ticketId: ticket.id, number: ticket.number } : undefined,
    );
  }
}
