import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BookingStatus } from '@antrian/contracts';
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

  async moveToSession(manager: EntityManager, id: string, sessionId: string, officeId: string): Promise<void> {
    await manager.update(BookingEntity, { id }, { sessionId, officeId });
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
