import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Stage } from '@antrian/contracts';
import { CounterEntity } from './counter.entity';

/** A counter locked for a change, with its office's zone. */
export interface LockedCounter {
  counter: CounterEntity;
  /** Null only if the office's details never reached the floor. */
  timeZone: string | null;
  /**
   * The ticket at the counter as the locking statement saw it: exact unless the statement had to
   * wait for the lock, in which case a ticket called meanwhile may be missing (read it again with
   * activeTicketNumber when that matters; callNext has ticket_one_at_counter_idx behind it).
   */
  activeTicketNumber: string | null;
}

/**
 * Who sits at a counter changes only through conditional UPDATEs or under the counter's row lock,
 * which callNext takes too: opening, closing and calling at one counter take turns.
 */
@Injectable()
export class CounterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(CounterEntity);
  }

  async insert(officeId: string, name: string, stages: readonly Stage[]): Promise<CounterEntity> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO counter (office_id, name, stages) VALUES ($1, $2, $3) RETURNING id`,
      [officeId, name, stages],
    );
    return (await this.findById(rows[0].id))!;
  }

  findById(id: string, manager?: EntityManager): Promise<CounterEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, CounterEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  listByOffice(officeId: string): Promise<CounterEntity[]> {
    return this.repo().find({ where: { officeId }, order: { name: 'ASC' } });
  }

  /** Takes a closed counter for an officer; null when somebody holds it already. */
  async open(counterId: string, officerId: string, now: Date): Promise<CounterEntity | null> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE counter SET officer_id = $2, opened_at = $3, updated_at = $3 WHERE id = $1 AND officer_id IS NULL`,
      [counterId, officerId, now],
    );
    return affected === 1 ? this.findById(counterId) : null;
  }

  /** Locks the counter row until the transaction ends: moves at one counter take turns. */
  async lock(manager: EntityManager, counterId: string): Promise<LockedCounter | null> {
    const rows: (CounterEntity & Omit<LockedCounter, 'counter'>)[] = await manager.query(
      `SELECT c.id, c.office_id AS "officeId", c.name, c.stages, c.officer_id AS "officerId", c.opened_at AS "openedAt",
              c.paused_at AS "pausedAt", c.pause_reason AS "pauseReason", c.created_at AS "createdAt", c.updated_at AS "updatedAt", o.time_zone AS "timeZone",
              (SELECT t.number FROM ticket t WHERE t.counter_id = c.id AND t.status IN ('CALLED', 'SERVING'))
                AS "activeTicketNumber"
         FROM counter c LEFT JOIN office_copy o ON o.id = c.office_id
        WHERE c.id = $1
          FOR UPDATE OF c`,
      [counterId],
    );
    if (!rows.length) return null;
    const { timeZone, activeTicketNumber, ...counter } = rows[0];
    return { counter: Object.assign(new CounterEntity(), counter), timeZone, activeTicketNumber };
  }

  /** The number of the ticket called or served at the counter now, if any. */
  async activeTicketNumber(manager: EntityManager, counterId: string): Promise<string | null> {
    const rows: { number: string }[] = await manager.query(
      `SELECT number FROM ticket WHERE counter_id = $1 AND status IN ('CALLED', 'SERVING')`,
      [counterId],
    );
    return rows[0]?.number ?? null;
  }

  /** Counters still open from an earlier office-local day (nobody closed them) close; returns their offices. */
  async closeLeftOpen(manager: EntityManager, now: Date): Promise<string[]> {
    const rows: { officeId: string }[] = await manager.query(
      `UPDATE counter c SET officer_id = NULL, opened_at = NULL, paused_at = NULL, pause_reason = NULL, updated_at = $1
         FROM office_copy o
        WHERE o.id = c.office_id AND c.opened_at IS NOT NULL
          AND (c.opened_at AT TIME ZONE o.time_zone)::date < ($1::timestamptz AT TIME ZONE o.time_zone)::date
          AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.counter_id = c.id AND t.status IN ('CALLED', 'SERVING'))
       RETURNING c.office_id AS "officeId"`,
      [now],
    );
    return rows.map((row) => row.officeId);
  }

  async close(manager: EntityManager, counterId: string, now: Date): Promise<CounterEntity> {
    await manager.query(
      `UPDATE counter SET officer_id = NULL, opened_at = NULL, paused_at = NULL, pause_reason = NULL, updated_at = $2
        WHERE id = $1`,
      [counterId, now],
    );
    return (await this.findById(counterId, manager))!;
  }

  /** Pauses a locked counter (or changes the reason of its pause); its officer keeps it. */
  async pause(manager: EntityManager, counterId: string, reason: string, now: Date): Promise<CounterEntity> {
    await manager.query(
      `UPDATE counter SET paused_at = coalesce(paused_at, $3), pause_reason = $2, updated_at = $3 WHERE id = $1`,
      [counterId, reason, now],
    );
    return (await this.findById(counterId, manager))!;
  }

  async resume(manager: EntityManager, counterId: string, now: Date): Promise<CounterEntity> {
    await manager.query(`UPDATE counter SET paused_at = NULL, pause_reason = NULL, updated_at = $2 WHERE id = $1`, [
      counterId,
      now,
    ]);
    return (await this.findById(counterId, manager))!;
  }

  /** The officer's open counter that serves this stage at this office, if she has one. */
  openCounterOf(manager: EntityManager, officerId: string, officeId: string, stage: Stage) {
    return manager
      .getRepository(CounterEntity)
      .createQueryBuilder('c')
      .where('c.officer_id = :officerId AND c.office_id = :officeId AND :stage = ANY (c.stages)', {
        officerId,
        officeId,
        stage,
      })
      .getOne();
  }
}
