import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { PriorityGroup } from '@antrian/contracts';
import { AttemptLimiter, attemptLimiterProvider, DomainError } from '@antrian/subgraph';
import { localDate } from '../calendar/local-time';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../config/scheduling.config';
import { PersonFactsRepository } from '../person-facts/person-facts.repository';
import { priorityClaimVerdict } from './priority-claim';

const MESSAGES = {
  emailNotConfirmed: message('scheduling.emailNotConfirmed'),
  tooManyBookings: (seconds: number) => message('scheduling.tooManyBookings', { seconds }),
  tooManyLookups: (seconds: number) => message('scheduling.tooManyLookups', { seconds }),
  noSuchBooking: message('scheduling.noSuchBookingCode'),
};

/** New bookings per client address (an AttemptLimiter over `attempt_limit`). */
export const BOOKINGS_PER_ADDRESS = Symbol('BOOKINGS_PER_ADDRESS');
/** Booking codes looked up per officer (an AttemptLimiter over `attempt_limit`). */
export const CODE_LOOKUPS = Symbol('CODE_LOOKUPS');

/** The limiters BookingGuards takes, read from the settings (BookingsModule provides them). */
export const bookingLimiters = {
  perAddress: attemptLimiterProvider(BOOKINGS_PER_ADDRESS, SCHEDULING_CONFIG, (config: SchedulingConfig) => ({
    keyPrefix: 'bookings-per-address',
    limit: { points: config.BOOKINGS_PER_ADDRESS, durationSeconds: config.BOOKINGS_PER_ADDRESS_WINDOW_SECONDS },
    refusal: MESSAGES.tooManyBookings,
  })),
  codeLookups: attemptLimiterProvider(CODE_LOOKUPS, SCHEDULING_CONFIG, (config: SchedulingConfig) => ({
    keyPrefix: 'code-lookups',
    limit: { points: config.CODE_LOOKUP_MAX_FAILURES, durationSeconds: config.CODE_LOOKUP_WINDOW_SECONDS },
    refusal: MESSAGES.tooManyLookups,
  })),
};

/**
 * What stands between a hostile client and the bookings: an unconfirmed e-mail, a priority group
 * the person's facts contradict, too many bookings from one address, guessing booking codes.
 */
@Injectable()
export class BookingGuards {
  constructor(
    @Inject(BOOKINGS_PER_ADDRESS) private readonly bookingsPerAddress: AttemptLimiter,
    @Inject(CODE_LOOKUPS) private readonly codeLookups: AttemptLimiter,
    private readonly facts: PersonFactsRepository,
  ) {}

  /** Where the deployment requires it, the access token says the e-mail is not confirmed yet. */
  requireConfirmedEmail(applicant: Identity): void {
    if (applicant.emailConfirmed === false) throw new DomainError('EMAIL_NOT_CONFIRMED', MESSAGES.emailNotConfirmed);
  }

  /** BAD_USER_INPUT where the person's birth date or sex contradicts the group on the session's day. */
  async checkPriority(
    personId: string,
    priority: PriorityGroup | null | undefined,
    session: { startsAt: Date; timeZone: string },
    manager?: EntityManager,
  ): Promise<void> {
    if (!priority) return;
    const verdict = priorityClaimVerdict(
      priority,
      await this.facts.find(personId, manager),
      localDate(session.startsAt, session.timeZone),
    );
    if (!verdict.accepted) throw new DomainError('BAD_USER_INPUT', verdict.reason, { field: 'priority' });
  }

  /**
   * One new booking from this address; the caller gives it back when nothing was booked. Requests
   * without an address (never through the gateway) are not counted.
   */
  async takeBookingAttempt(clientAddress: string | null): Promise<void> {
    if (clientAddress) await this.bookingsPerAddress.take(clientAddress);
  }

  async giveBackBookingAttempt(clientAddress: string | null): Promise<void> {
    if (clientAddress) await this.bookingsPerAddress.giveBack(clientAddress);
  }

  /**
   * A booking code looked up by an officer or a device: taken before the look-up, given back when
   * it found a booking the caller may see. Applicants are not counted: they only ever find their own.
   */
  async lookUpCode<T>(actor: Identity, lookUp: () => Promise<T | null>): Promise<T> {
    const counted = actor.kind !== 'applicant';
    if (counted) await this.codeLookups.take(actor.sub);
    const found = await lookUp();
    if (!found) throw new DomainError('NOT_FOUND', MESSAGES.noSuchBooking);
    if (counted) await this.codeLookups.giveBack(actor.sub);
    return found;
  }
}
