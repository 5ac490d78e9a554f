import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ServiceKind } from '@antrian/contracts';
import { SessionEntity } from './session.entity';

/** A session with the rules of its office, read in one round trip on the booking path. */
export interface SessionForBooking {
  id: string;
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  bookableFrom: Date;
  services: ServiceKind[] | null;
  timeZone: string;
  bookingClosesMinutesBefore: number;
  changeCutoffMinutes: number;
  /** How often one booking may be rescheduled at this office. */
  maxReschedules: number;
  /** Set once the office cancelled the session: nothing is sold of it any more. */
  cancelReason: string | null;
  /** The booking this applicant already made with this idempotency key, if any. */
  earlierBookingId: string | null;
}

/**
 * Seats are taken and given back only here, with conditional UPDATEs on the session row:
 * "booked < capacity" makes overselling impossible whatever the concurrency, and the row lock is
 * held only from this statement to the commit.
 */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The session, its office's rules and (when a key is given) the applicant's earlier booking
   * with that idempotency key, in one round trip: all a refusal needs.
   */
  async findForBooking(
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
    idempotency?: { applicantId: string; key: string },
  ): Promise<SessionForBooking | null> {
    const rows: SessionForBooking[] = await manager.query(
      `SELECT s.id, s.office_id AS "officeId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.capacity, s.booked,
              s.bookable_from AS "bookableFrom", s.services, o.time_zone AS "timeZone",
              o.booking_closes_minutes_before AS "bookingClosesMinutesBefore",
              o.change_cutoff_minutes AS "changeCutoffMinutes", o.max_reschedules AS "maxReschedules",
              s.cancel_reason AS "cancelReason",
              (SELECT b.id FROM booking b WHERE b.applicant_id = $2 AND b.idempotency_key = $3) AS "earlierBookingId"
         FROM session s JOIN office o ON o.id = s.office_id
        WHERE s.id = $1`,
      [sessionId, idempotency?.applicantId ?? null, idempotency?.key ?? null],
    );
    return rows[0] ?? null;
  }

  /**
   * True when a place was taken; false when the session is full or cancelled. A cancellation
   * holds the row's lock until it commits, so a booking waiting here sees it and takes nothing.
   */
  async takeSeat(manager: EntityManager, sessionId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE session SET booked = booked + 1 WHERE id = $1 AND booked < capacity AND cancelled_at IS NULL`,
      [sessionId],
    );
    return affected === 1;
  }

  async releaseSeat(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE session SET booked = booked - 1 WHERE id = $1 AND booked > 0`, [sessionId]);
  }

  insert(
    manager: EntityManager,
    session: Omit<SessionEntity, 'id' | 'createdAt' | 'remaining'>,
  ): Promise<SessionEntity> {
    const repository = manager.getRepository(SessionEntity);
    return repository.save(repository.create(session));
  }

  /**
   * Marks the session cancelled, with the office's reason, and locks its row until the caller's
   * transaction ends; null when there is no such session or it was cancelled already.
   */
  async markCancelled(manager: EntityManager, id: string, reason: string, at: Date): Promise<SessionEntity | null> {
    const [rows]: [Record<string, unknown>[], number] = await manager.query(
      `UPDATE session SET cancel_reason = $2, cancelled_at = $3 WHERE id = $1 AND cancelled_at IS NULL
       RETURNING id`,
      [id, reason, at],
    );
    return rows.length ? manager.getRepository(SessionEntity).findOneBy({ id }) : null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOneBy({ id });
  }

  /** The sessions of an office's local day, cancelled ones included, in order. */
  onDate(officeId: string, date: string, manager: EntityManager = this.dataSource.manager): Promise<SessionEntity[]> {
    return manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.office_id = :officeId AND s.local_date = :date', { officeId, date })
      .orderBy('s.starts_at')
      .getMany();
  }

  /** The sessions not cancelled yet on a local day, of one office or (null) of every office. */
  standingOn(manager: EntityManager, officeId: string | null, date: string): Promise<SessionEntity[]> {
    const query = manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.local_date = :date AND s.cancelled_at IS NULL', { date });
    if (officeId) query.andWhere('s.office_id = :officeId', { officeId });
    return query.orderBy('s.starts_at').getMany();
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, SessionEntity>> {
    const rows = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** An office's sessions of [from, to] (office-local dates), for the public availability view. */
  inRange(officeId: string, from: string, to: string, service?: ServiceKind | null): Promise<SessionEntity[]> {
    const query = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.office_id = :officeId AND s.local_date BETWEEN :from AND :to', { officeId, from, to })
      .orderBy('s.starts_at');
    if (service) query.andWhere('(s.services IS NULL OR :service = ANY (s.services))', { service });
    return query.getMany();
  }
}
