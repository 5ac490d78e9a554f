import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BookingSnapshotPayload } from '@antrian/contracts';

/** The bookings identity knows of, per person (see PersonBookingEntity). */
@Injectable()
export class PersonBookingRepository {
  /** A booking made or moved: who it is for and when its session ends; an ended one stays ended. */
  async recordBooked(manager: EntityManager, booking: BookingSnapshotPayload): Promise<void> {
    await manager.query(
      `INSERT INTO person_booking (booking_id, person_id, applicant_id, session_ends_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (booking_id) DO UPDATE
          SET person_id = EXCLUDED.person_id, applicant_id = EXCLUDED.applicant_id,
              session_ends_at = EXCLUDED.session_ends_at`,
      [booking.bookingId, booking.familyMemberId ?? booking.applicantId, booking.applicantId, booking.sessionEndsAt],
    );
  }

  /** Cancelled or a no-show; answers the account that booked it, when known. */
  async recordEnded(manager: EntityManager, bookingId: string, at: Date): Promise<string | null> {
    const rows: { applicant_id: string | null }[] = await manager.query(
      `INSERT INTO person_booking (booking_id, ended_at) VALUES ($1, $2)
       ON CONFLICT (booking_id) DO UPDATE SET ended_at = COALESCE(person_booking.ended_at, EXCLUDED.ended_at)
       RETURNING applicant_id`,
      [bookingId, at],
    );
    return rows[0]?.applicant_id ?? null;
  }

  /** Her bookings not cancelled, not a no-show, whose session has not ended yet. */
  async countActive(manager: EntityManager, personId: string, now: Date): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM person_booking
        WHERE person_id = $1 AND ended_at IS NULL AND session_ends_at > $2`,
      [personId, now],
    );
    return Number(rows[0].count);
  }
}
