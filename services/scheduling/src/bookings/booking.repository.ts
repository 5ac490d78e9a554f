import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BookingSnapshotPayload, BookingStatus } from '@antrian/contracts';
import { OUTBOX_CHANNEL, PreparedOutboxEvent } from '@antrian/messaging';
import { BookingEntity } from './booking.entity';

@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(BookingEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<BookingEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Locks the booking row, so that two changes of one booking take turns. */
  lockById(manager: EntityManager, id: string): Promise<BookingEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks her booking's row (two changes of one booking take turns); null when it is not hers. */
  async lockOwned(manager: EntityManager, applicantId: string, id: string): Promise<BookingEntity | null> {
    const booking = await this.lockById(manager, id);
    return booking?.applicantId === applicantId ? booking : null;
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, BookingEntity>> {
    const rows = await this.repo().createQueryBuilder('b').where('b.id IN (:...ids)', { ids }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  findByCode(code: string): Promise<BookingEntity | null> {
    return this.repo().findOneBy({ code });
  }

  findByIdempotencyKey(applicantId: string, idempotencyKey: string): Promise<BookingEntity | null> {
    return this.repo().findOneBy({ applicantId, idempotencyKey });
  }

  async findByApplicants(applicantIds: readonly string[]): Promise<Map<string, BookingEntity[]>> {
    const rows = await this.repo()
      .createQueryBuilder('b')
      .where('b.applicant_id IN (:...applicantIds)', { applicantIds })
      .orderBy('b.created_at', 'DESC')
      .getMany();
    const byApplicant = new Map<string, BookingEntity[]>(applicantIds.map((id) => [id, []]));
    for (const row of rows) byApplicant.get(row.applicantId)!.push(row);
    return byApplicant;
  }

  async insert(manager: EntityManager, booking: BookingEntity): Promise<void> {
    await manager.insert(BookingEntity, booking);
  }

  /**
   * The whole booking in one statement, so in one round trip and its own transaction: the seat
   * (the conditional UPDATE that makes overselling impossible), the booking row and its outbox
   * event (payload built beforehand from the typed contract, with the request's trace context, so
   * that the trace goes on at the relay), and the relay's NOTIFY. The seat is taken first, so
   * concurrent bookings of one session queue on its row and a unique violation (a retried key,
   * another active booking, a code collision) fails the statement and gives the seat back with it. Null when the session gave no place (full, or cancelled meanwhile).
   */
  async insertWithSeat(
    booking: Omit<BookingEntity, 'createdAt' | 'updatedAt' | 'cancelReason' | 'rescheduleCount' | 'version'>,
    event: PreparedOutboxEvent<BookingSnapshotPayload>,
  ): Promise<BookingEntity | null> {
    const rows: { createdAt: Date; updatedAt: Date }[] = await this.dataSource.query(
      // A booking for a family member holds her copy's row (FOR SHARE) to the commit: the removal
      // of that member (an UPDATE of the row, then a cancellation of her active bookings) either
      // waits for this booking and then cancels it, or goes first and this booking takes nothing.
      `WITH member AS (
         SELECT id FROM family_member_copy WHERE id = $4::uuid AND removed_at IS NULL FOR SHARE
       ), seat AS (
         UPDATE session SET booked = booked + 1
          WHERE id = $6::uuid AND booked < capacity AND cancelled_at IS NULL
            AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM member))
         RETURNING id
       ), made AS (
         INSERT INTO booking (id, code, applicant_id, family_member_id, office_id, session_id, service, priority,
                              status, idempotency_key)
         SELECT $1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, seat.id, $7, $8, $9, $10 FROM seat
         RETURNING created_at, updated_at
       ), event AS (
         INSERT INTO outbox_event (id, subject, version, payload, occurred_at, trace_context)
         SELECT $11::uuid, $12, $13::int, $14::jsonb, $15::timestamptz, $16::jsonb FROM made
         RETURNING position
       )
       SELECT made.created_at AS "createdAt", made.updated_at AS "updatedAt", pg_notify($17, '')
         FROM made, event`,
      [
        booking.id,
        booking.code,
        booking.applicantId,
        booking.familyMemberId,
        booking.officeId,
        booking.sessionId,
        booking.service,
        booking.priority,
        booking.status,
        booking.idempotencyKey,
        ...event.columns,
        OUTBOX_CHANNEL,
      ],
    );
    if (!rows.length) return null;
    return Object.assign(new BookingEntity(), booking, {
      cancelReason: null,
      rescheduleCount: 0,
      createdAt: rows[0].createdAt,
      updatedAt: rows[0].updatedAt,
    });
  }

  /** Moves a booking from one status to another; false when it was not in `from` any more. */
  async transition(
    manager: EntityManager,
    id: string,
    from: readonly BookingStatus[],
    to: BookingStatus,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BookingEntity)
      .set({ status: to })
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return result.affected === 1;
  }

  /** Whatever it was: the office floor is the truth about who came (see bookingStatusAfter). */
  async setStatus(manager: EntityManager, id: string, status: BookingStatus): Promise<void> {
    await this.repo(manager).update({ id }, { status });
  }

  /**
   * BOOKED bookings of a whole account (`applicantId`: the holder's and her family members') or of
   * one family member, locked for the change that cancels them.
   */
  lockBookedOf(
    manager: EntityManager,
    person: { applicantId: string } | { familyMemberId: string },
  ): Promise<BookingEntity[]> {
    const query = this.repo(manager).createQueryBuilder('b').setLock('pessimistic_write').where(`b.status = 'BOOKED'`);
    return 'applicantId' in person
      ? query.andWhere('b.applicant_id = :id', { id: person.applicantId }).getMany()
      : // The one-active-booking index covers this expression.
        query.andWhere('COALESCE(b.family_member_id, b.applicant_id) = :id', { id: person.familyMemberId }).getMany();
  }

  /** BOOKED → CANCELLED, with the office's reason when it was not the applicant's own choice. */
  async cancel(manager: EntityManager, id: string, reason: string | null): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BookingEntity)
      .set({ status: 'CANCELLED', cancelReason: reason })
      .where(`id = :id AND status = 'BOOKED'`, { id })
      .execute();
    return result.affected === 1;
  }

  /** The booking's version now (after the caller's changes in `manager`'s transaction). */
  async versionOf(manager: EntityManager, id: string): Promise<number> {
    const [row]: { version: number }[] = await manager.query('SELECT version FROM booking WHERE id = $1', [id]);
    return row.version;
  }

  /** Moves it to another session, counting the move (the office's maxReschedules bounds the count). */
  async moveToSession(manager: EntityManager, id: string, sessionId: string, officeId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(BookingEntity)
      .set({ sessionId, officeId, rescheduleCount: () => 'reschedule_count + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** The session's BOOKED bookings, locked for the cancellation that ends them. */
  lockBookedOfSession(manager: EntityManager, sessionId: string): Promise<BookingEntity[]> {
    return this.repo(manager)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where(`b.session_id = :sessionId AND b.status = 'BOOKED'`, { sessionId })
      .orderBy('b.created_at')
      .getMany();
  }

  /** Each session's bookings the office may expect or has seen (cancelled ones left out), oldest first. */
  async findExpectedBySessions(sessionIds: readonly string[]): Promise<Map<string, BookingEntity[]>> {
    const bySession = new Map<string, BookingEntity[]>(sessionIds.map((id) => [id, []]));
    if (sessionIds.length === 0) return bySession;
    const rows = await this.repo()
      .createQueryBuilder('b')
      .where(`b.session_id IN (:...sessionIds) AND b.status <> 'CANCELLED'`, { sessionIds })
      .orderBy('b.created_at')
      .getMany();
    for (const row of rows) bySession.get(row.sessionId)!.push(row);
    return bySession;
  }

  /**
   * Bookings still BOOKED whose office-local day has passed: the end-of-day no-show sweep.
   * Locked and skipped when busy, so two replicas sweeping at once share the work.
   */
  async lockOverdue(manager: EntityManager, now: Date, limit: number): Promise<{ id: string; officeId: string }[]> {
    return manager.query(
      `SELECT b.id, b.office_id AS "officeId"
         FROM booking b
         JOIN session s ON s.id = b.session_id
         JOIN office o ON o.id = b.office_id
        WHERE b.status = 'BOOKED' AND s.local_date < ($1::timestamptz AT TIME ZONE o.time_zone)::date
        ORDER BY s.local_date
        LIMIT $2
        FOR UPDATE OF b SKIP LOCKED`,
      [now, limit],
    );
  }
}
