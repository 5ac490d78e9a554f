import { Stage, STAGES, TICKET_STATUSES, TicketNoShowPayload, TicketStatus } from '@antrian/contracts';
import { OUTBOX_CHANNEL, PreparedOutboxEvent } from '@antrian/messaging';
import { TICKET_COLUMNS, toTicket } from './ticket-columns';
import { TicketEntity } from './ticket.entity';
import { AllowedTransition, transition } from './ticket-transitions';

/**
 * markNoShow in one statement, so in one round trip and its own transaction (it is half of every
 * call cycle at a busy counter, and took five): the ticket's row lock, and only when the move is
 * allowed (the states ticket-transitions.ts allows NO_SHOW from, the caller holding the ticket's
 * counter and acting for its office), the ticket's move, the end of its visit, its TicketNoShow
 * event and the relay's NOTIFY. The statement returns the ticket as it found it under its lock, and
 * TicketMovesService.markNoShow names a refusal from it with the checks every move uses.
 * TicketRepository, which alone writes tickets and their visits, runs it (markNoShow).
 */

/** What the statement writes into the TicketNoShow payload itself, from the ticket's row. */
export type NoShowDecidedFields = 'bookingId' | 'officeId';

export type NoShowEvent = PreparedOutboxEvent<Omit<TicketNoShowPayload, NoShowDecidedFields>>;

/** Every (status, stage) NO_SHOW is allowed from, and the move it makes: the statement's shape. */
export const NO_SHOW_MOVES: readonly { from: { status: TicketStatus; stage: Stage }; move: AllowedTransition }[] =
  TICKET_STATUSES.flatMap((status) =>
    STAGES.flatMap((stage) => {
      const move = transition({ status, stage }, 'NO_SHOW');
      return move.allowed ? [{ from: { status, stage }, move }] : [];
    }),
  );

export interface NoShowRequest {
  ticketId: string;
  officerId: string;
  /** The office the caller acts for (null for anyone but an officer; see actsForOffice). */
  actsForOfficeId: string | null;
  /** An administrator acts for every office. */
  actsForAnyOffice: boolean;
  now: Date;
}

export interface NoShowOutcome {
  /** The ticket as the statement found it under its lock, with who holds its counter. */
  before: { ticket: TicketEntity; counterName: string | null; counterOfficerId: string | null };
  /** The ticket after the move; null when the statement refused it. */
  after: TicketEntity | null;
}

const SQL = `
WITH before AS MATERIALIZED (
  SELECT ${TICKET_COLUMNS} FROM ticket t WHERE t.id = $1::uuid FOR UPDATE OF t
), holder AS MATERIALIZED (
  SELECT c.name, c.officer_id FROM counter c WHERE c.id = (SELECT "counterId" FROM before)
), allowed AS (
  SELECT b.id FROM before b LEFT JOIN holder h ON true
   WHERE (b.status, b.stage) IN (SELECT * FROM unnest($2::text[], $3::text[]))
     AND h.officer_id::text = $4::text
     AND ($5::boolean OR b."officeId"::text = $6::text)
), moved AS (
  UPDATE ticket t SET status = 'NO_SHOW', counter_id = NULL, updated_at = $7::timestamptz
    FROM allowed WHERE t.id = allowed.id
  RETURNING t.id, t.booking_id, t.office_id
), visit AS (
  UPDATE ticket_visit v SET outcome = 'NO_SHOW', completed_at = $7::timestamptz
    FROM moved WHERE v.ticket_id = moved.id AND v.outcome IS NULL
), event AS (
  INSERT INTO outbox_event (id, subject, version, payload, occurred_at, trace_context)
  SELECT $8::uuid, $9, $10::int,
         $11::jsonb || jsonb_build_object('bookingId', moved.booking_id, 'officeId', moved.office_id),
         $12::timestamptz, $13::jsonb
    FROM moved
  RETURNING position
)
SELECT b.*, h.name AS "holderCounterName", h.officer_id AS "holderOfficerId", moved.id IS NOT NULL AS "moved",
       CASE WHEN event.position IS NOT NULL THEN pg_notify($14, '') END AS notified
  FROM before b LEFT JOIN holder h ON true LEFT JOIN moved ON true LEFT JOIN event ON true`;

export function noShowStatement(request: NoShowRequest, event: NoShowEvent): [sql: string, params: unknown[]] {
  return [
    SQL,
    [
      request.ticketId,
      NO_SHOW_MOVES.map(({ from }) => from.status),
      NO_SHOW_MOVES.map(({ from }) => from.stage),
      request.officerId,
      request.actsForAnyOffice,
      request.actsForOfficeId,
      request.now,
      ...event.columns,
      OUTBOX_CHANNEL,
    ],
  ];
}

export interface NoShowRow extends Record<string, unknown> {
  holderCounterName: string | null;
  holderOfficerId: string | null;
  moved: boolean;
  notified: unknown;
}

export function noShowOutcome(row: NoShowRow, now: Date): NoShowOutcome {
  const { holderCounterName, holderOfficerId, moved, notified: _notified, ...ticket } = row;
  const before = toTicket(ticket);
  return {
    before: { ticket: before, counterName: holderCounterName, counterOfficerId: holderOfficerId },
    // What the UPDATE above wrote, on the row it locked.
    after: moved ? Object.assign(toTicket(ticket), { status: 'NO_SHOW', counterId: null, updatedAt: now }) : null,
  };
}
