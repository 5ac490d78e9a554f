import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BookingSnapshotPayload, OfficeSnapshotPayload, SessionAddedPayload } from '@antrian/contracts';
import { BookingCopyEntity, BookingCopyStatus } from './booking-copy.entity';
import { OfficeCopyEntity } from './office-copy.entity';

/**
 * The floor's copy of scheduling's data. Every write is an idempotent upsert guarded by the time
 * of the event that carries it, so a redelivered or late event never rolls a row back; the inbox
 * already keeps a redelivered event from running twice, this keeps a reordered one harmless.
 */
@Injectable()
export class ReplicaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async upsertOffice(manager: EntityManager, office: OfficeSnapshotPayload, occurredAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO office_copy (id, code, name, time_zone, check_in_opens_minutes_before, source_occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE
          SET code = EXCLUDED.code, name = EXCLUDED.name, time_zone = EXCLUDED.time_zone,
              check_in_opens_minutes_before = EXCLUDED.check_in_opens_minutes_before,
              source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
        WHERE office_copy.source_occurred_at <= EXCLUDED.source_occurred_at`,
      [office.officeId, office.code, office.name, office.timeZone, office.checkInOpensMinutesBefore, occurredAt],
    );
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
   * A new or rescheduled booking. The status is set only on insert, and then from the booking's
   * tombstone when it ended before this event arrived: a snapshot never revives a booking that a
   * cancellation or the no-show sweep has already ended. Updates are guarded by the booking's
   * version where both events carry one, else by the events' times.
   */
  async upsertBooking(
    manager: EntityManager,
    booking: BookingSnapshotPayload,
    occurredAt: Date,
    version: number | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO booking_copy (id, code, applicant_id, office_id, session_id, session_starts_at, session_ends_at,
                                 service, priority, status, source_occurred_at, source_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
               COALESCE((SELECT status FROM booking_tombstone WHERE id = $1), 'BOOKED'), $10, $11)
       ON CONFLICT (id) DO UPDATE
          SET code = EXCLUDED.code, applicant_id = EXCLUDED.applicant_id, office_id = EXCLUDED.office_id,
              session_id = EXCLUDED.session_id, session_starts_at = EXCLUDED.session_starts_at,
              session_ends_at = EXCLUDED.session_ends_at, service = EXCLUDED.service, priority = EXCLUDED.priority,
              source_occurred_at = EXCLUDED.source_occurred_at,
              source_version = COALESCE(EXCLUDED.source_version, booking_copy.source_version), updated_at = now()
        WHERE CASE WHEN booking_copy.source_version IS NOT NULL AND EXCLUDED.source_version IS NOT NULL
                   THEN booking_copy.source_version <= EXCLUDED.source_version
                   ELSE booking_copy.source_occurred_at <= EXCLUDED.source_occurred_at END`,
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
        version,
      ],
    );
  }

  /**
   * Ends a booking (CANCELLED, NO_SHOW). One the floor has not heard of yet gets a tombstone, so its
   * late creation arrives ended: `tombstoned`. `already` when it had ended before.
   */
  async endBooking(
    manager: EntityManager,
    bookingId: string,
    status: Exclude<BookingCopyStatus, 'BOOKED'>,
    occurredAt: Date,
    version: number | null,
  ): Promise<'ended' | 'already' | 'tombstoned'> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE booking_copy SET status = $2, source_version = COALESCE($3, source_version), updated_at = now()
        WHERE id = $1 AND status = 'BOOKED'`,
      [bookingId, status, version],
    );
    if (affected > 0) return 'ended';
    if ((await manager.count(BookingCopyEntity, { where: { id: bookingId } })) > 0) return 'already';
    await manager.query(
      `INSERT INTO booking_tombstone (id, status, source_version, source_occurred_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [bookingId, status, version, occurredAt],
    );
    return 'tombstoned';
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
