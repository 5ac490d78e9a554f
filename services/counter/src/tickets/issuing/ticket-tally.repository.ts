import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Lane } from './ticket-number';

/**
 * The day's tallies a ticket is issued under: the last number of each lane (`ticket_sequence`)
 * and the priority walk-ins given out (`priority_walk_in_tally`). Taken inside the issuing
 * transaction; their rows stay locked to its end, so numbers are gapless and caps exact.
 */
@Injectable()
export class TicketTallyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The next number of a lane on an office-local day, or null when `cap` numbers are already
   * taken. The counter row stays locked until the caller's transaction ends, so concurrent
   * check-ins take numbers one after the other, and a check-in that fails later gives its number
   * back by rolling back: numbers are gapless and unique at any concurrency.
   */
  async nextSequence(
    manager: EntityManager,
    officeId: string,
    lane: Lane,
    localDate: string,
    cap: number | null,
  ): Promise<number | null> {
    const rows: { last: number }[] = await manager.query(
      `INSERT INTO ticket_sequence AS s (office_id, lane, local_date, last)
       SELECT $1, $2, $3, 1 WHERE $4::integer IS NULL OR $4::integer >= 1
       ON CONFLICT (office_id, lane, local_date) DO UPDATE SET last = s.last + 1
        WHERE $4::integer IS NULL OR s.last < $4::integer
       RETURNING last`,
      [officeId, lane, localDate, cap],
    );
    return rows[0]?.last ?? null;
  }

  /**
   * Takes one of the office's priority walk-in slots of an office-local day: the slots taken so far,
   * this one included, or null when `cap` are already taken. Like nextSequence, the tally row stays
   * locked until the caller's transaction ends and a later failure gives the slot back. The caller
   * takes it before the P number: a refused priority walk-in never touches the number row.
   */
  async takePriorityWalkInSlot(
    manager: EntityManager,
    officeId: string,
    localDate: string,
    cap: number,
  ): Promise<number | null> {
    const rows: { issued: number }[] = await manager.query(
      `INSERT INTO priority_walk_in_tally AS t (office_id, local_date, issued)
       SELECT $1, $2, 1 WHERE $3::integer >= 1
       ON CONFLICT (office_id, local_date) DO UPDATE SET issued = t.issued + 1
        WHERE t.issued < $3::integer
       RETURNING issued`,
      [officeId, localDate, cap],
    );
    return rows[0]?.issued ?? null;
  }

  /** Numbers of a lane taken on an office-local day. */
  async issued(officeId: string, lane: Lane, localDate: string): Promise<number> {
    const rows: { last: number }[] = await this.dataSource.query(
      `SELECT last FROM ticket_sequence WHERE office_id = $1 AND lane = $2 AND local_date = $3`,
      [officeId, lane, localDate],
    );
    return rows[0]?.last ?? 0;
  }

  /** Priority walk-in tickets given out on an office-local day. */
  async priorityWalkInsIssued(officeId: string, localDate: string): Promise<number> {
    const rows: { issued: number }[] = await this.dataSource.query(
      `SELECT issued FROM priority_walk_in_tally WHERE office_id = $1 AND local_date = $2`,
      [officeId, localDate],
    );
    return rows[0]?.issued ?? 0;
  }
}
