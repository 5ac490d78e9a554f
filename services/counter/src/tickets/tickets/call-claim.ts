import { Stage, TicketCalledPayload } from '@antrian/contracts';
import { OUTBOX_CHANNEL, PreparedOutboxEvent } from '@antrian/messaging';
import { queueOrderSql } from './queue-order';
import { TICKET_COLUMNS, toTicket } from './ticket-columns';
import { TicketEntity } from './ticket.entity';

/**
 * callNext in one statement, so in one round trip and its own transaction (on this machine every
 * round trip is a system call that costs tens of microseconds, and a call used to take five):
 *  1. the counter's row lock, under which its holder, its pause and the ticket at it are read (a
 *     double click or two tabs at one counter take turns; a pause or a close cannot slip in);
 *  2. only when she may call there (the same conditions as callRefusal and the checks around it,
 *     see CallsService.callNext, which names the refusal from what the statement returns): the
 *     first waiting ticket of the counter's stages in calling order, locked with SKIP LOCKED, so
 *     that two counters never get one ticket and neither waits for the other;
 *  3. the ticket called, its stage visit, its TicketCalled event and the relay's NOTIFY.
 * The statement's snapshot is taken before it waits for the counter's lock: a ticket that a racing
 * call at this very counter called meanwhile is then not seen as at the counter, and the second
 * call fails on ticket_one_at_counter_idx (the caller answers "still at the counter").
 * TicketRepository, which alone writes tickets and their visits, runs it (claimNext).
 */

/** What the statement decides and writes into the TicketCalled payload itself: the ticket it claimed. */
export type ClaimedFields = 'ticketId' | 'bookingId' | 'officeId' | 'stage';

/** The TicketCalled event of a call, built from its contract but for what the claim decides. */
export type CallEvent = PreparedOutboxEvent<Omit<TicketCalledPayload, ClaimedFields>>;

export interface CallClaim {
  counterId: string;
  officerId: string;
  /** The office the caller acts for (null for anyone but an officer; see actsForOffice). */
  actsForOfficeId: string | null;
  /** An administrator acts for every office. */
  actsForAnyOffice: boolean;
  /** Stages whose tickets go straight into service when called (nobody to call: adjudication). */
  unattendedStages: readonly Stage[];
  now: Date;
}

/** The counter as the statement saw it under its lock, and the ticket it called there, if any. */
export interface ClaimOutcome {
  counter: { id: string; officeId: string; name: string; officerId: string | null; pausedAt: Date | null };
  timeZone: string | null;
  activeTicketNumber: string | null;
  /** Whether the statement let the caller call there (else it looked for no ticket). */
  mayCall: boolean;
  /** Null when the caller may not call there, or when nobody waits. */
  ticket: TicketEntity | null;
}

// The payload's decided fields, from the claimed ticket (`called`, under TICKET_COLUMNS' names).
const CLAIMED: Record<ClaimedFields, string> = {
  ticketId: 'called.id',
  bookingId: 'called."bookingId"',
  officeId: 'called."officeId"',
  stage: 'called.stage',
};

const nextTicket = (stageCondition: string, stageCount: string) => `
  SELECT t.id FROM ticket t
   WHERE (SELECT cardinality(stages) FROM may_call) ${stageCount}
     AND t.office_id = (SELECT office_id FROM may_call) AND t.local_date = (SELECT local_date FROM may_call)
     AND t.status = 'WAITING' AND ${stageCondition}
   ORDER BY ${queueOrderSql('t')}
   LIMIT 1
     FOR UPDATE OF t SKIP LOCKED`;

// The counter's own columns carry a prefix, as the ticket's columns take the plain names.
const SQL = `
WITH counter_now AS MATERIALIZED (
  SELECT c.id, c.office_id, c.name, c.stages, c.officer_id, c.paused_at, o.time_zone,
         ($3::timestamptz AT TIME ZONE o.time_zone)::date AS local_date,
         (SELECT t.number FROM ticket t WHERE t.counter_id = c.id AND t.status IN ('CALLED', 'SERVING'))
           AS active_number
    FROM counter c LEFT JOIN office_copy o ON o.id = c.office_id
   WHERE c.id = $1::uuid
     FOR UPDATE OF c
), may_call AS MATERIALIZED (
  SELECT office_id, local_date, stages FROM counter_now
   WHERE officer_id::text = $2::text AND paused_at IS NULL
     AND ($4::boolean OR office_id::text = $5::text)
     AND active_number IS NULL AND time_zone IS NOT NULL
), next_of_one AS (${
  // One stage: an equality, so that the planner walks that stage's own index in calling order.
  nextTicket(`t.stage = (SELECT stages[1] FROM may_call)`, '= 1')
}
), next_of_many AS (${nextTicket(`t.stage = ANY ((SELECT stages FROM may_call)::text[])`, '> 1')}
), called AS (
  UPDATE ticket t
     SET status = CASE WHEN t.stage = ANY ($6::text[]) THEN 'SERVING' ELSE 'CALLED' END,
         counter_id = $1::uuid, called_at = $3::timestamptz, call_count = 1, updated_at = $3::timestamptz
    FROM (SELECT id FROM next_of_one UNION ALL SELECT id FROM next_of_many) next
   WHERE t.id = next.id
  RETURNING ${TICKET_COLUMNS}
), visit AS (
  UPDATE ticket_visit v
     SET counter_id = $1::uuid, officer_id = $2::text::uuid, called_at = $3::timestamptz,
         started_at = CASE WHEN v.stage = ANY ($6::text[]) THEN $3::timestamptz END
    FROM called
   WHERE v.ticket_id = called.id AND v.outcome IS NULL
), event AS (
  INSERT INTO outbox_event (id, subject, version, payload, occurred_at, trace_context)
  SELECT $7::uuid, $8, $9::int,
         $10::jsonb || jsonb_build_object(${Object.entries(CLAIMED)
           .map(([field, column]) => `'${field}', ${column}`)
           .join(', ')}),
         $11::timestamptz, $12::jsonb
    FROM called
  RETURNING position
)
SELECT n.office_id AS "atCounterOfficeId", n.name AS "atCounterName", n.officer_id AS "atCounterOfficerId",
       n.paused_at AS "atCounterPausedAt", n.time_zone AS "atCounterTimeZone",
       n.active_number AS "atCounterActiveNumber", EXISTS (SELECT 1 FROM may_call) AS "atCounterMayCall", called.*,
       CASE WHEN event.position IS NOT NULL THEN pg_notify($13, '') END AS notified
  FROM counter_now n LEFT JOIN called ON true LEFT JOIN event ON true`;

export function callClaimStatement(claim: CallClaim, event: CallEvent): [sql: string, params: unknown[]] {
  return [
    SQL,
    [
      claim.counterId,
      claim.officerId,
      claim.now,
      claim.actsForAnyOffice,
      claim.actsForOfficeId,
      claim.unattendedStages,
      ...event.columns,
      OUTBOX_CHANNEL,
    ],
  ];
}

export interface ClaimRow extends Record<string, unknown> {
  atCounterOfficeId: string;
  atCounterName: string;
  atCounterOfficerId: string | null;
  atCounterPausedAt: Date | null;
  atCounterTimeZone: string | null;
  atCounterActiveNumber: string | null;
  atCounterMayCall: boolean;
  notified: unknown;
}

export function claimOutcome(counterId: string, row: ClaimRow): ClaimOutcome {
  const {
    atCounterOfficeId,
    atCounterName,
    atCounterOfficerId,
    atCounterPausedAt,
    atCounterTimeZone,
    atCounterActiveNumber,
    atCounterMayCall,
    notified: _notified,
    ...ticket
  } = row;
  return {
    counter: {
      id: counterId,
      officeId: atCounterOfficeId,
      name: atCounterName,
      officerId: atCounterOfficerId,
      pausedAt: atCounterPausedAt,
    },
    timeZone: atCounterTimeZone,
    activeTicketNumber: atCounterActiveNumber,
    mayCall: atCounterMayCall,
    ticket: ticket.id ? toTicket(ticket) : null,
  };
}
