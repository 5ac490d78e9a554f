import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TICKET_COLUMNS, toTicket } from '../tickets/tickets/ticket-columns';

/** Reads only: an applicant's tickets. */
@Injectable()
export class MyTicketsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The tickets of the bookings she made (hers and her family members': the booking copy names
   * the account that booked) issued on today's date at their office, in the office's own zone.
   */
  async ofToday(applicantId: string, now: Date): Promise<TicketEntity[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS} FROM ticket t JOIN office_copy o ON o.id = t.office_id
        WHERE t.applicant_id = $1 AND t.local_date = ($2::timestamptz AT TIME ZONE o.time_zone)::date
        ORDER BY t.checked_in_at, t.id`,
      [applicantId, now],
    );
    return rows.map(toTicket);
  }
}
