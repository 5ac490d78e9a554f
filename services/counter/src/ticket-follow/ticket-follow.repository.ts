import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TicketEntity } from '../tickets/ticket.entity';
import { TICKET_COLUMNS, toTicket } from '../tickets/ticket.repository';

export interface FollowedTicket {
  ticket: TicketEntity;
  /** The counter it is called to or served at now. */
  counterName: string | null;
}

/** Reads only: a ticket by the follow code printed on it. */
@Injectable()
export class TicketFollowRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byFollowCode(code: string): Promise<FollowedTicket | null> {
    const rows: (Record<string, unknown> & { counterName: string | null })[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS}, c.name AS "counterName"
         FROM ticket t LEFT JOIN counter c ON c.id = t.counter_id
        WHERE t.follow_code = $1`,
      [code],
    );
    if (!rows.length) return null;
    const { counterName, ...ticket } = rows[0];
    return { ticket: toTicket(ticket), counterName };
  }
}
