import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Stage } from '@antrian/contracts';
import { queueOrderSql } from '../tickets/queue-order';
import { TicketEntity } from '../tickets/ticket.entity';
import { TICKET_COLUMNS, toTicket } from '../tickets/ticket.repository';
import { VisitOutcome } from '../tickets/ticket-transitions';
import { CallRules, DEFAULT_CALL_RULES } from './recall-rules';

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

/**
 * The floor's moves. A ticket changes only under its row lock (callNext takes it with SKIP LOCKED,
 * every other move with a plain FOR UPDATE), and its stage visits change in the same transaction.
 */
@Injectable()
export class CallRepository {
  /**
   * Calls the first waiting ticket of the counter's stages, in one statement: the CTE picks it in
   * queue order and locks it, skipping tickets that another counter is calling at this very moment,
   * then marks it called and records the call on its visit. Two counters never get one ticket, and
   * neither waits for the other.
   */
  async callNext(manager: EntityManager, call: CallRequest): Promise<TicketEntity | null> {
    // One stage: an equality, so that the planner walks that stage's own index in calling order.
    const oneStage = call.stages.length === 1;
    const rows: unknown[] = await manager.query(
      `WITH next AS (
         SELECT t.id FROM ticket t
          WHERE t.office_id = $1 AND t.local_date = $2 AND t.status = 'WAITING'
            AND ${oneStage ? 't.stage = $3::text' : 't.stage = ANY ($3::text[])'}
          ORDER BY ${queueOrderSql('t')}
          LIMIT 1
            FOR UPDATE SKIP LOCKED
       ), called AS (
         UPDATE ticket t
            SET status = CASE WHEN t.stage = ANY ($4::text[]) THEN 'SERVING' ELSE 'CALLED' END,
                counter_id = $5, called_at = $7, call_count = 1, updated_at = $7
           FROM next
          WHERE t.id = next.id
         RETURNING ${TICKET_COLUMNS}
       ), visit AS (
         UPDATE ticket_visit v
            SET counter_id = $5, officer_id = $6, called_at = $7,
                started_at = CASE WHEN v.stage = ANY ($4::text[]) THEN $7::timestamptz END
           FROM called
          WHERE v.ticket_id = called.id AND v.outcome IS NULL
       )
       SELECT * FROM called`,
      [
        call.officeId,
        call.localDate,
        oneStage ? call.stages[0] : call.stages,
        call.unattendedStages,
        call.counterId,
        call.officerId,
        call.now,
      ],
    );
    return rows.length ? toTicket(rows[0]) : null;
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
