import { Inject, Injectable } from '@nestjs/common';
import { message } from '@antrian/messages';
import { Identity, InvalidQrError, QrClaims, QrTokenVerifier } from '@antrian/auth';
import { PriorityGroup, ServiceKind } from '@antrian/contracts';
import { AttemptLimiter, DomainError, isUuid } from '@antrian/subgraph';
import { COUNTER_CONFIG, CounterConfig } from '../config/counter.config';
import { BookingCopyEntity } from '../replica/booking-copy.entity';
import { ReplicaRepository } from '../replica/replica.repository';

/** The officers' allowance of typed codes that match nothing (an AttemptLimiter over `attempt_limit`). */
export const CODE_LOOKUP_FAILURES = Symbol('CODE_LOOKUP_FAILURES');

export const MESSAGES = {
  expiredQr: message('counterDesk.expiredQr'),
  invalidQr: message('counterDesk.invalidQr'),
  otherOfficeQr: message('counterDesk.otherOfficeQr'),
  noSuchCode: (code: string) => message('counterDesk.noSuchCode', { code }),
  tooManyFailures: (seconds: number) => message('counterDesk.tooManyFailedCodes', { seconds }),
};

/** What a person typed, made comparable: case and separators ignored (as scheduling does). */
export function normalizeBookingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

function bookingFromClaims(claims: QrClaims): BookingCopyEntity {
  return Object.assign(new BookingCopyEntity(), {
    id: claims.bookingId,
    code: claims.bookingCode,
    applicantId: claims.applicantId,
    officeId: claims.officeId,
    sessionId: claims.sessionId,
    sessionStartsAt: claims.sessionStartsAt,
    sessionEndsAt: claims.expiresAt,
    service: claims.service as ServiceKind,
    priority: claims.priority as PriorityGroup | null,
    status: 'BOOKED' as const,
    cancelReason: null,
  });
}

/**
 * Finds the booking behind a scanned QR code or a typed booking code, for one office.
 *
 * A typed code is taken from the caller's allowance of failures before it is looked up, and given
 * back when it finds a booking of the office: guessing codes soon stops, while a desk that finds
 * what it looks for is never held up; a code of another office answers exactly as a code nobody
 * holds. A QR code is not counted: its signature cannot be guessed, and counting failed scans
 * would let anyone at a kiosk lock it for everyone behind her.
 */
@Injectable()
export class BookingLookupService {
  private readonly qrVerifier: QrTokenVerifier;
  private readonly failures: AttemptLimiter;

  constructor(
    @Inject(COUNTER_CONFIG) config: CounterConfig,
    @Inject(CODE_LOOKUP_FAILURES) failures: AttemptLimiter,
    private readonly replica: ReplicaRepository,
  ) {
    this.qrVerifier = new QrTokenVerifier(config.QR_PUBLIC_KEY);
    this.failures = failures;
  }

  async byQr(token: string, officeId: string, now: Date): Promise<BookingCopyEntity> {
    let claims;
    try {
      claims = await this.qrVerifier.verify(token, now);
    } catch (error) {
      if (!(error instanceof InvalidQrError)) throw error;
      throw new DomainError('INVALID_QR', error.reason === 'EXPIRED' ? MESSAGES.expiredQr : MESSAGES.invalidQr);
    }
    if (!isUuid(claims.bookingId)) throw new DomainError('INVALID_QR', MESSAGES.invalidQr);
    // Signed by scheduling, so its office tells its holder nothing she cannot read in it already.
    if (claims.officeId !== officeId) throw new DomainError('BAD_USER_INPUT', MESSAGES.otherOfficeQr);
    // The signed claims stand in for a booking whose event has not reached the office yet (the
    // link to the centre was down when it was made); the event, when it comes, fills the copy.
    return (await this.replica.findBooking(claims.bookingId)) ?? bookingFromClaims(claims);
  }

  async byCode(caller: Identity, code: string, officeId: string): Promise<BookingCopyEntity> {
    await this.failures.take(caller.sub);
    const normalized = normalizeBookingCode(code);
    const booking = await this.replica.findBookingByCode(normalized);
    if (!booking || booking.officeId !== officeId) throw new DomainError('NOT_FOUND', MESSAGES.noSuchCode(normalized));
    await this.failures.giveBack(caller.sub);
    return booking;
  }
}
