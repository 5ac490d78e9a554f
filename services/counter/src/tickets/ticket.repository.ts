import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PriorityGroup, Stage, TicketStatus } from '@antrian/contracts';
import { queueOrderSql } from './queue-order';
import { Lane } from './ticket-number';
import { TicketEntity } from './ticket.entity';
import { WalkInCapEntity } from './walk-in-cap.entity';
import { PACE_SAMPLE_SIZE } from './wait-estimate';

/** The ticket columns under their entity names, for raw statements over `ticket t`. */
export const TICKET_COLUMNS = `t.id, t.office_id AS "officeId", t.local_date::text AS "localDate", t.lane, t.number,
  t.booking_id AS "bookingId", t.applicant_id AS "applicantId", t.priority, t.session_starts_at AS "sessionStartsAt",
  t.status, t.stage, t.counter_id AS "counterId", t.checked_in_at AS "checkedInAt", t.queue_key AS "queueKey",
  t.queued_at AS "queuedAt", t.called_at AS "calledAt", t.call_count AS "callCount", t.hold_reason AS "holdReason",
  t.updated_at AS "updatedAt", t.follow_code AS "followCode", t.issued_by_device_id AS "issuedByDeviceId"`;

export function toTicket(row: unknown): TicketEntity {
  return Object.assign(new TicketEntity(), row);
}

export interface NewTicket {
  officeId: string;
  localDate: string;
  lane: Lane;
  number: string;
  bookingId: string | null;
  applicantId: string | null;
  priority: PriorityGroup | null;
  sessionStartsAt: Date | null;
  checkedInAt: Date;
  queueKey: Date;
  /** Where the ticket starts: RECEPTION for a visit, PICKUP for a pickup. */
  stage: Stage;
  /** The kiosk that issues it; null when an officer does. */
  issuedByDeviceId: string | null;
}

/** How fast a stage moves at an office now. */
export interface StagePace {
  /** Mean of its latest completed services; null before it has any. */
  averageServiceSeconds: number | null;
  openCounters: number;
}

export const paceKey = (officeId: string, stage: Stage) => `${officeId}|${stage}`;

@Injectable()
export class TicketRepository {
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

  /** A new WAITING ticket at its first stage, and the visit that records its wait there, in one statement. */
  async insert(manager: EntityManager, ticket: NewTicket): Promise<TicketEntity> {
    const rows: unknown[] = await manager.query(
      `WITH created AS (
         INSERT INTO ticket (office_id, local_date, lane, number, booking_id, applicant_id, priority, session_starts_at,
                             status, stage, checked_in_at, queue_key, queued_at, updated_at, issued_by_device_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'WAITING', $11, $9, $10, $9, $9, $12)
         RETURNING *
       ), visit AS (
         INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, queued_at)
         SELECT id, office_id, local_date, stage, queued_at FROM created
       )
       SELECT ${TICKET_COLUMNS} FROM created t`,
      [
        ticket.officeId,
        ticket.localDate,
        ticket.lane,
        ticket.number,
        ticket.bookingId,
        ticket.applicantId,
        ticket.priority,
        ticket.sessionStartsAt,
        ticket.checkedInAt,
        ticket.queueKey,
        ticket.stage,
        ticket.issuedByDeviceId,
      ],
    );
    return toTicket(rows[0]);
  }

  /** Locks the ticket row until the caller's transaction ends. */
  lockById(manager: EntityManager, id: string): Promise<TicketEntity | null> {
    return manager.getRepository(TicketEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new priority group (null: none); its number stays, its place follows (see queue-order.ts). */
  async setPriority(
    manager: EntityManager,
    id: string,
    priority: PriorityGroup | null,
    now: Date,
  ): Promise<TicketEntity> {
    const rows: unknown[] = await manager.query(
      `WITH changed AS (UPDATE ticket t SET priority = $2, updated_at = $3 WHERE t.id = $1 RETURNING ${TICKET_COLUMNS})
       SELECT * FROM changed`,
      [id, priority, now],
    );
    return toTicket(rows[0]);
  }

  findById(id: string): Promise<TicketEntity | null> {
    return this.dataSource.getRepository(TicketEntity).findOneBy({ id });
  }

  /** The ticket a printed follow code names; null for a code nobody holds. */
  findByFollowCode(code: string): Promise<TicketEntity | null> {
    return this.dataSource.getRepository(TicketEntity).findOneBy({ followCode: code });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, TicketEntity>> {
    const rows = await this.dataSource.getRepository(TicketEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * Tickets of an earlier office-local day that never reached DONE (the applicant left, a counter
   * forgot one) become NO_SHOW, their open visit ending so; locked and skipped when busy, so
   * replicas sweeping at once share the work. Returns what was swept.
   */
  async sweepPastDays(
    manager: EntityManager,
    now: Date,
    limit: number,
  ): Promise<{ id: string; bookingId: string | null; officeId: string }[]> {
    return manager.query(
      `WITH stale AS (
         SELECT t.id FROM ticket t JOIN office_copy o ON o.id = t.office_id
          WHERE t.status IN ('WAITING', 'CALLED', 'SERVING', 'ON_HOLD')
            AND t.local_date < ($1::timestamptz AT TIME ZONE o.time_zone)::date
          ORDER BY t.local_date
          LIMIT $2
            FOR UPDATE OF t SKIP LOCKED
       ), swept AS (
         UPDATE ticket t SET status = 'NO_SHOW', counter_id = NULL, updated_at = $1
           FROM stale WHERE t.id = stale.id
         RETURNING t.id, t.booking_id, t.office_id
       ), visits AS (
         UPDATE ticket_visit v SET outcome = 'NO_SHOW', completed_at = $1
           FROM swept WHERE v.ticket_id = swept.id AND v.outcome IS NULL
       )
       SELECT id, booking_id AS "bookingId", office_id AS "officeId" FROM swept`,
      [now, limit],
    );
  }

  /** The booking's visit ticket (`pickup` false) or its pickup ticket (`pickup` true). */
  findByBooking(bookingId: string, pickup = false): Promise<TicketEntity | null> {
    return this.dataSource
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .where(`t.booking_id = :bookingId AND (t.lane = 'K') = :pickup`, { bookingId, pickup })
      .getOne();
  }

  /**
   * An office's tickets of one office-local day: waiting tickets first, in calling order (callNext's
   * own order, queueOrderSql, across the stages asked for), then the others by number.
   */
  list(
    officeId: string,
    localDate: string,
    filter: { stage: Stage | null; statuses: readonly TicketStatus[] | null },
  ): Promise<TicketEntity[]> {
    return this.dataSource
      .query(
        `SELECT ${TICKET_COLUMNS} FROM ticket t
          WHERE t.office_id = $1 AND t.local_date = $2
            AND ($3::text IS NULL OR t.stage = $3) AND ($4::text[] IS NULL OR t.status = ANY ($4::text[]))
          ORDER BY (t.status <> 'WAITING'),
                   CASE WHEN t.status = 'WAITING' THEN (t.priority IS NULL) END,
                   CASE WHEN t.status = 'WAITING' THEN t.queue_key END,
                   CASE WHEN t.status = 'WAITING' THEN t.queued_at END,
                   t.lane, t.number, t.id`,
        [officeId, localDate, filter.stage, filter.statuses],
      )
      .then((rows: unknown[]) => rows.map(toTicket));
  }

  /** The ticket with this number at the office on an office-local day (ticket_number_idx). */
  async findByNumber(officeId: string, localDate: string, number: string): Promise<TicketEntity | null> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS} FROM ticket t WHERE t.office_id = $1 AND t.local_date = $2 AND t.number = $3`,
      [officeId, localDate, number],
    );
    return rows.length ? toTicket(rows[0]) : null;
  }

  /** Each booking's visit ticket (never its pickup ticket), keyed by booking id. */
  async visitTicketsOf(bookingIds: readonly string[]): Promise<Map<string, TicketEntity>> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS} FROM ticket t WHERE t.booking_id = ANY ($1::uuid[]) AND t.lane <> 'K'`,
      [bookingIds],
    );
    return new Map(rows.map(toTicket).map((ticket) => [ticket.bookingId!, ticket]));
  }

  /** The ticket called or served at each counter now. */
  async atCounters(counterIds: readonly string[]): Promise<Map<string, TicketEntity>> {
    const rows = await this.dataSource
      .getRepository(TicketEntity)
      .findBy({ counterId: In([...counterIds]), status: In(['CALLED', 'SERVING']) });
    return new Map(rows.map((row) => [row.counterId!, row]));
  }

  /** Places in their stage's queue (1 = called next), in callNext's own order; WAITING tickets only. */
  async positions(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT w.id, w.position::integer AS position
         FROM (SELECT t.id, row_number() OVER (PARTITION BY t.office_id, t.local_date, t.stage
                                               ORDER BY ${queueOrderSql('t')}) AS position
                 FROM ticket t
                WHERE t.status = 'WAITING'
                  AND (t.office_id, t.local_date, t.stage) IN (
                        SELECT office_id, local_date, stage FROM ticket WHERE id = ANY ($1::uuid[]) AND status = 'WAITING')
              ) w
        WHERE w.id = ANY ($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.position]));
  }

  /** Keyed by paceKey(officeId, stage). */
  async pace(keys: readonly string[]): Promise<Map<string, StagePace>> {
    const pairs = keys.map((key) => key.split('|'));
    const rows: { officeId: string; stage: Stage; averageServiceSeconds: number | null; openCounters: number }[] =
      await this.dataSource.query(
        `SELECT k.office_id AS "officeId", k.stage,
                (SELECT avg(extract(epoch FROM recent.completed_at - recent.started_at))::float8
                   FROM (SELECT v.completed_at, v.started_at
                           FROM ticket_visit v
                          WHERE v.office_id = k.office_id AND v.stage = k.stage
                            AND v.outcome = 'COMPLETED' AND v.started_at IS NOT NULL
                          ORDER BY v.completed_at DESC
                          LIMIT $3) recent) AS "averageServiceSeconds",
                (SELECT count(*) FROM counter c
                  WHERE c.office_id = k.office_id AND c.officer_id IS NOT NULL AND k.stage = ANY (c.stages))::integer
                  AS "openCounters"
           FROM unnest($1::uuid[], $2::text[]) AS k (office_id, stage)`,
        [pairs.map(([officeId]) => officeId), pairs.map(([, stage]) => stage), PACE_SAMPLE_SIZE],
      );
    return new Map(
      rows.map((row) => [
        paceKey(row.officeId, row.stage),
        { averageServiceSeconds: row.averageServiceSeconds, openCounters: row.openCounters },
      ]),
    );
  }

  /** The caps the office's supervisor set; null where she set none. */
  async walkInCaps(officeId: string): Promise<{ cap: number | null; priorityCap: number | null }> {
    const row = await this.dataSource.getRepository(WalkInCapEntity).findOneBy({ officeId });
    return { cap: row?.dailyCap ?? null, priorityCap: row?.priorityDailyCap ?? null };
  }

  /** Sets the caps given; a cap left null keeps what it was (or stays unset). */
  async setWalkInCaps(
    officeId: string,
    caps: { cap: number | null; priorityCap: number | null },
    setBy: string,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO walk_in_cap AS c (office_id, daily_cap, priority_daily_cap, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (office_id) DO UPDATE SET daily_cap = coalesce(EXCLUDED.daily_cap, c.daily_cap),
         priority_daily_cap = coalesce(EXCLUDED.priority_daily_cap, c.priority_daily_cap),
         set_by = EXCLUDED.set_by, updated_at = now()`,
      [officeId, caps.cap, caps.priorityCap, setBy],
    );
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
