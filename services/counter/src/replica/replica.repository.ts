import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  BookingSnapshotPayload,
  OfficeSnapshotPayload,
  SessionAddedPayload,
  SessionCancelledPayload,
} from '@antrian/contracts';
import { DEFAULT_CALL_RULES } from '../calls/recall-rules';
import { BookingCopyEntity, BookingCopyStatus } from './booking-copy.entity';
import { OfficeCopyEntity } from './office-copy.entity';
import { SessionCopyEntity } from './session-copy.entity';

/**
 * The floor's copy of scheduling's data. Every write is an idempotent upsert guarded by the time
 * of the event that carries it, so a redelivered or late event never rolls a row back; the inbox
 * already keeps a redelivered event from running twice, this keeps a reordered one harmless.
 */
@Injectable()
export class ReplicaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The office's recall rules came later (contract v2) within version 1 of the event: a snapshot
   * without them means the defaults (see DEFAULT_CALL_RULES), never "keep the old value".
   */
  async upsertOffice(manager: EntityManager, office: OfficeSnapshotPayload, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO office_copy (id, code, name, time_zone, check_in_opens_minutes_before, recall_gap_seconds, max_calls,
                                source_occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE
          SET code = EXCLUDED.code, name = EXCLUDED.name, time_zone = EXCLUDED.time_zone,
              check_in_opens_minutes_before = EXCLUDED.check_in_opens_minutes_before,
              recall_gap_seconds = EXCLUDED.recall_gap_seconds, max_calls = EXCLUDED.max_calls,
              source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
        WHERE office_copy.source_occurred_at <= EXCLUDED.source_occurred_at`,
      [
        office.officeId,
        office.code,
        office.name,
        office.timeZone,
        office.checkInOpensMinutesBefore,
        office.recallGapSeconds ?? DEFAULT_CALL_RULES.recallGapSeconds,
        office.maxCalls ?? DEFAULT_CALL_RULES.maxCalls,
        occurredAt,
      ],
    );
  }

  /** The office cancelled a session: nobody checks in for it any more (a session unknown so far is added). */
  async cancelSession(manager: EntityManager, session: SessionCancelledPayload, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO session_copy (id, office_id, starts_at, ends_at, cancelled_at, cancel_reason, source_occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE
          SET cancelled_at = EXCLUDED.cancelled_at, cancel_reason = EXCLUDED.cancel_reason,
              source_occurred_at = greatest(session_copy.source_occurred_at, EXCLUDED.source_occurred_at)`,
      [
        session.sessionId,
        session.officeId,
        session.startsAt,
        session.endsAt,
        session.cancelledAt,
        session.reason,
        occurredAt,
      ],
    );
  }

  /** The cancelled session's reason, or null while the session is not cancelled (or unknown). */
  async sessionCancelReason(sessionId: string): Promise<string | null> {
    const session = await this.dataSource.getRepository(SessionCopyEntity).findOneBy({ id: sessionId });
    return session?.cancelledAt ? (session.cancelReason ?? '') : null;
  }

  async upsertSession(manager: EntityManager, session: SessionAddedPayload, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO session_copy (id, office_id, starts_at, ends_at, capacity, source_occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE
          SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, capacity = EXCLUDED.capacity,
              source_occurred_at = EXCLUDED.source_occurred_at
        WHERE session_copy.source_occurred_at <= EXCLUDED.source_occurred_at`,
      [session.sessionId, session.officeId, session.startsAt, session.endsAt, session.capacity, occurredAt],
    );
  }

  /**
   * A new or rescheduled booking. The status is set only on insert: a snapshot never revives a
   * booking that a cancellation or the no-show sweep has already ended.
   */
  async upsertBooking(manager: EntityManager, booking: BookingSnapshotPayload, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO booking_copy (id, code, applicant_id, office_id, session_id, session_starts_at, session_ends_at,
                                 service, priority, status, source_occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'BOOKED', $10)
       ON CONFLICT (id) DO UPDATE
          SET code = EXCLUDED.code, applicant_id = EXCLUDED.applicant_id, office_id = EXCLUDED.office_id,
              session_id = EXCLUDED.session_id, session_starts_at = EXCLUDED.session_starts_at,
              session_ends_at = EXCLUDED.session_ends_at, service = EXCLUDED.service, priority = EXCLUDED.priority,
              source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
        WHERE booking_copy.source_occurred_at <= EXCLUDED.source_occurred_at`,
      [
        booking.bookingId,
        booking.code,
        booking.applicantId,
        booking.officeId,
        booking.sessionId,
        booking.sessionStartsAt,
        booking.sessionEndsAt,
        booking.service,
        booking.priority,
        occurredAt,
      ],
    );
  }

  /** Ends a booking (CANCELLED, NO_SHOW); false when the floor has never heard of it. */
  async endBooking(
    manager: EntityManager,
    bookingId: string,
    status: Exclude<BookingCopyStatus, 'BOOKED'>,
    cancelReason: string | null = null,
  ): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE booking_copy SET status = $2, cancel_reason = $3, updated_at = now() WHERE id = $1 AND status = 'BOOKED'`,
      [bookingId, status, cancelReason],
    );
    if (affected > 0) return true;
    return (await manager.count(BookingCopyEntity, { where: { id: bookingId } })) > 0;
  }

  findOffice(id: string): Promise<OfficeCopyEntity | null> {
    return this.dataSource.getRepository(OfficeCopyEntity).findOneBy({ id });
  }

  findBooking(id: string): Promise<BookingCopyEntity | null> {
    return this.dataSource.getRepository(BookingCopyEntity).findOneBy({ id });
  }

  /** The newest booking with this code (codes are unique in scheduling). */
  findBookingByCode(code: string): Promise<BookingCopyEntity | null> {
    return this.dataSource.getRepository(BookingCopyEntity).findOne({ where: { code }, order: { updatedAt: 'DESC' } });
  }
}
