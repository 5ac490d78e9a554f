/**
 * The calling order of one stage at one office on one day, written once, in SQL (callNext, the
 * officers' `tickets` list and every position use it; ticket_waiting_idx indexes it):
 *  1. priority groups (elderly, disabled, pregnant, small children) before everyone else;
 *  2. then by queue key: a booked ticket's session start, a walk-in's arrival. A walk-in who
 *     arrives at 08:20 is therefore served after those booked for 08:00 and before those booked
 *     for 09:00 (even if they checked in earlier): walk-ins neither jump the bookings of their hour
 *     nor wait for the whole day's bookings to be served;
 *  3. then by the time it entered the stage (check-in for RECEPTION, the previous stage's
 *     completion after that); a ticket put on hold and resumed keeps both, so it is back at its
 *     original place;
 *  4. then by id, so that the order is total.
 * The integration tests (counter.int-spec.ts, "calls priority tickets first…" and "lists an
 * office's tickets…") check it against PostgreSQL.
 */
/**
 * The order, over the ticket table under `alias`. `ticket_waiting_idx` indexes exactly
 * these expressions (booleans sort false first: priority tickets lead), so callNext at a
 * one-stage counter reads a single index entry.
 */
export function queueOrderSql(alias: string): string {
  return `(${alias}.priority IS NULL), ${alias}.queue_key, ${alias}.queued_at, ${alias}.id`;
}

export function checkInQueueKey(ticket: { sessionStartsAt: Date | null; checkedInAt: Date }): Date {
  return ticket.sessionStartsAt ?? ticket.checkedInAt;
}

/**
 * A no-show who re-joins goes to the back of her stage: behind every ticket waiting there now
 * (the largest key among them), and never ahead of someone whose session has already started.
 * She keeps her priority group, so a priority ticket goes to the back of the priority tickets.
 */
export function rejoinQueueKey(now: Date, lastWaitingKey: Date | null): Date {
  return lastWaitingKey && lastWaitingKey > now ? lastWaitingKey : now;
}
