import { TicketEntity } from './ticket.entity';

/** The ticket columns under their entity names, for raw statements over `ticket t`. */
export const TICKET_COLUMNS = `t.id, t.office_id AS "officeId", t.local_date::text AS "localDate", t.lane, t.number,
  t.booking_id AS "bookingId", t.applicant_id AS "applicantId", t.priority, t.session_starts_at AS "sessionStartsAt",
  t.status, t.stage, t.counter_id AS "counterId", t.checked_in_at AS "checkedInAt", t.queue_key AS "queueKey",
  t.queued_at AS "queuedAt", t.called_at AS "calledAt", t.call_count AS "callCount", t.hold_reason AS "holdReason",
  t.updated_at AS "updatedAt", t.follow_code AS "followCode", t.issued_by_device_id AS "issuedByDeviceId"`;

export function toTicket(row: unknown): TicketEntity {
  return Object.assign(new TicketEntity(), row);
}
