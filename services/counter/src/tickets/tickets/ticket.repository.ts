import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PriorityGroup, Stage, TicketStatus } from '@antrian/contracts';
import { CallRules, DEFAULT_CALL_RULES } from '../../calls/recall-rules';
import { Lane } from '../issuing/ticket-number';
import { CallClaim, callClaimStatement, CallEvent, ClaimOutcome, claimOutcome, ClaimRow } from './call-claim';
import {
  NoShowEvent,
  NoShowOutcome,
  noShowOutcome,
  NoShowRequest,
  NoShowRow,
  noShowStatement,
} from './no-show-statement';
import { queueOrderSql } from './queue-order';
import { TICKET_COLUMNS, toTicket } from './ticket-columns';
import { TicketEntity } from './ticket.entity';
import { VisitOutcome } from './ticket-transitions';
import { PACE_SAMPLE_SIZE } from './wait-estimate';

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

/** A ticket locked for a move, with the counter it stands at and its office's zone. */
export interface LockedTicket {
  ticket: TicketEntity;
  counterName: string | null;
  /** Who holds the counter the ticket stands at. */
  counterOfficerId: string | null;
  timeZone: string | null;
  /** The office's recall rules (the defaults when the office is unknown to the floor). */
  rules: CallRules;
}

export interface CallRequest {
  counterId: string;
  officerId: string;
  officeId: string;
  localDate: string;
  stages: readonly Stage[];
  /** Stages whose tickets go straight into service when called (nobody to call: adjudication). */
  unattendedStages: readonly Stage[];
  now: Date;
}

export type TicketPatch = Partial<
  Pick<
    TicketEntity,
    'status' | 'stage' | 'counterId' | 'queueKey' | 'queuedAt' | 'calledAt' | 'callCount' | 'holdReason' | 'updatedAt'
  >
>;

/** What a move does to the ticket's stage visit. */
export type VisitChange =
  | { kind: 'START'; at: Date }
  | { kind: 'OPEN'; at: Date }
  | {
      kind: 'END';
      outcome: VisitOutcome;
      at: Date;
      /** The counter and officer that took a file without calling it. */
      takenBy: { counterId: string; officerId: string } | null;
    };

const PATCH_COLUMN: Record<keyof TicketPatch, string> = {
  status: 'status',
  stage: 'stage',
  counterId: 'counter_id',
  queueKey: 'queue_key',
  queuedAt: 'queued_at',
  calledAt: 'called_at',
  callCount: 'call_count',
  holdReason: 'hold_reason',
  updatedAt: 'updated_at',
};

/** How fast a stage moves at an office now. */
export interface StagePace {
  /** Mean of its latest completed services; null before it has any. */
  averageServiceSeconds: number | null;
  openCounters: number;
}

export const paceKey = (officeId: string, stage: Stage) => `${officeId}|${stage}`;

/**
 * The one repository that writes the `ticket` table and its stage visits (`ticket_visit`), which
 * change in the same statements. Other features read tickets through it (or, for their own
 * figures, with read-only queries of their own: the board, the reports).
 */
@Injectable()
export class TicketRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  // The floor's moves: a ticket changes only under its row lock (callNext takes it with SKIP LOCKED,
  // every other move with a plain FOR UPDATE), and its stage visits change in the same statement.

  /**
   * Calls the next ticket at a counter, counter checks, claim, visit and TicketCalled event in one
   * statement of its own transaction (call-claim.ts). Null when the counter does not exist.
   */
  async claimNext(claim: CallClaim, event: CallEvent): Promise<ClaimOutcome | null> {
    const [sql, params] = callClaimStatement(claim, event);
    const rows: ClaimRow[] = await this.dataSource.query(sql, params);
    return rows.length ? claimOutcome(claim.counterId, rows[0]) : null;
  }

  /**
   * Calls one chosen ticket, out of calling order, if it still waits for one of the counter's
   * stages on the counter's office and day; null otherwise. The UPDATE waits for the ticket's row
   * lock and re-checks its conditions on the row as committed (PostgreSQL's read committed), so a
   * ticket that callNext or another counter's callTicket took meanwhile is not called twice.
   */
  async callChosen(manager: EntityManager, ticketId: string, call: CallRequest): Promise<TicketEntity | null> {
    const rows: unknown[] = await manager.query(
      `WITH called AS (
         UPDATE ticket t
            SET status = CASE WHEN t.stage = ANY ($5::text[]) THEN 'SERVING' ELSE 'CALLED' END,
                counter_id = $6, called_at = $8, call_count = 1, updated_at = $8
          WHERE t.id = $1 AND t.office_id = $2 AND t.local_date = $3 AND t.status = 'WAITING'
            AND t.stage = ANY ($4::text[])
         RETURNING ${TICKET_COLUMNS}
       ), visit AS (
         UPDATE ticket_visit v
            SET counter_id = $6, officer_id = $7, called_at = $8,
                started_at = CASE WHEN v.stage = ANY ($5::text[]) THEN $8::timestamptz END
           FROM called
          WHERE v.ticket_id = called.id AND v.outcome IS NULL
       )
       SELECT * FROM called`,
      [
        ticketId,
        call.officeId,
        call.localDate,
        call.stages,
        call.unattendedStages,
        call.counterId,
        call.officerId,
        call.now,
      ],
    );
    return rows.length ? toTicket(rows[0]) : null;
  }

  async lockTicket(manager: EntityManager, ticketId: string): Promise<LockedTicket | null> {
    const rows: (Record<string, unknown> &
      Omit<LockedTicket, 'ticket' | 'rules'> & { recallGapSeconds: number | null; maxCalls: number | null })[] =
      await manager.query(
        `SELECT ${TICKET_COLUMNS}, c.name AS "counterName", c.officer_id AS "counterOfficerId", o.time_zone AS "timeZone",
                o.recall_gap_seconds AS "recallGapSeconds", o.max_calls AS "maxCalls"
         FROM ticket t
         LEFT JOIN counter c ON c.id = t.counter_id
         LEFT JOIN office_copy o ON o.id = t.office_id
        WHERE t.id = $1
          FOR UPDATE OF t`,
        [ticketId],
      );
    if (!rows.length) return null;
    const { counterName, counterOfficerId, timeZone, recallGapSeconds, maxCalls, ...ticket } = rows[0];
    const rules = {
      recallGapSeconds: recallGapSeconds ?? DEFAULT_CALL_RULES.recallGapSeconds,
      maxCalls: maxCalls ?? DEFAULT_CALL_RULES.maxCalls,
    };
    return { ticket: toTicket(ticket), counterName, counterOfficerId, timeZone, rules };
  }

  /**
   * Marks a called ticket a no-show if the caller may, ticket, visit and TicketNoShow event in one
   * statement of its own transaction (no-show-statement.ts). Null when the ticket does not exist.
   */
  async markNoShow(request: NoShowRequest, event: NoShowEvent): Promise<NoShowOutcome | null> {
    const [sql, params] = noShowStatement(request, event);
    const rows: NoShowRow[] = await this.dataSource.query(sql, params);
    return rows.length ? noShowOutcome(rows[0], request.now) : null;
  }

  /**
   * Applies a move to a locked ticket and its stage visit in one statement (one round trip, as
   * the floor is busiest in moves).
   */
  async move(
    manager: EntityManager,
    ticket: TicketEntity,
    patch: TicketPatch,
    visit: VisitChange | null,
  ): Promise<TicketEntity> {
    const params: unknown[] = [ticket.id];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const sets = (Object.entries(patch) as [keyof TicketPatch, unknown][])
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${PATCH_COLUMN[key]} = ${param(value)}`);
    let visitSql = '';
    if (visit?.kind === 'START') {
      visitSql = `UPDATE ticket_visit SET started_at = ${param(visit.at)} WHERE ticket_id = $1 AND outcome IS NULL`;
    } else if (visit?.kind === 'OPEN') {
      visitSql = `INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, queued_at)
                  SELECT id, "officeId", "localDate"::date, stage, ${param(visit.at)} FROM moved`;
    } else if (visit?.kind === 'END') {
      // A file completed without a call (adjudication from the pile) counts as called when taken.
      const [at, counterId, officerId] = [
        param(visit.at),
        param(visit.takenBy?.counterId ?? null),
        param(visit.takenBy?.officerId ?? null),
      ];
      visitSql = `UPDATE ticket_visit
                     SET outcome = ${param(visit.outcome)}, completed_at = ${at},
                         counter_id = COALESCE(counter_id, ${counterId}::uuid),
                         officer_id = COALESCE(officer_id, ${officerId}::uuid),
                         called_at = CASE WHEN ${counterId}::uuid IS NULL THEN called_at ELSE COALESCE(called_at, ${at}) END
                   WHERE ticket_id = $1 AND outcome IS NULL`;
    }
    const rows: unknown[] = await manager.query(
      `WITH moved AS (UPDATE ticket t SET ${sets.join(', ')} WHERE t.id = $1 RETURNING ${TICKET_COLUMNS})
       ${visitSql ? `, visit AS (${visitSql})` : ''}
       SELECT * FROM moved`,
      params,
    );
    return toTicket(rows[0]);
  }

  /** A new visit of the ticket's present stage: it joined that stage's queue. */
  async openVisit(manager: EntityManager, ticket: TicketEntity, queuedAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, queued_at) VALUES ($1, $2, $3, $4, $5)`,
      [ticket.id, ticket.officeId, ticket.localDate, ticket.stage, queuedAt],
    );
  }

  /** A visit that begins already called at a counter: the ticket was transferred there. */
  async openCalledVisit(
    manager: EntityManager,
    ticket: TicketEntity,
    counter: { counterId: string; officerId: string },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, queued_at, called_at, counter_id, officer_id)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7)`,
      [ticket.id, ticket.officeId, ticket.localDate, ticket.stage, at, counter.counterId, counter.officerId],
    );
  }

  /** The largest queue key waiting in a stage: a re-joining no-show goes behind it. */
  async lastWaitingKey(
    manager: EntityManager,
    officeId: string,
    localDate: string,
    stage: Stage,
  ): Promise<Date | null> {
    const rows: { key: Date | null }[] = await manager.query(
      `SELECT max(queue_key) AS key FROM ticket
        WHERE office_id = $1 AND local_date = $2 AND stage = $3 AND status = 'WAITING'`,
      [officeId, localDate, stage],
    );
    return rows[0]?.key ?? null;
  }
}
