import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TICKET_COLUMNS, toTicket } from '../tickets/tickets/ticket-columns';

export interface FloorFigures {
  longestWaitSeconds: number | null;
  servedToday: number;
  noShowsToday: number;
}

/** Reads only: the floor's figures of an office-local day, over the tickets and their stage visits. */
@Injectable()
export class FloorOverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The day's tickets on hold, held longest first. */
  async onHold(officeId: string, localDate: string): Promise<TicketEntity[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS} FROM ticket t
        WHERE t.office_id = $1 AND t.local_date = $2 AND t.status = 'ON_HOLD'
        ORDER BY t.updated_at, t.id`,
      [officeId, localDate],
    );
    return rows.map(toTicket);
  }

  /** Served and no-shows count stage visits, as the day report does; the longest wait is of those waiting at `now`. */
  async figures(officeId: string, localDate: string, now: Date): Promise<FloorFigures> {
    const rows: FloorFigures[] = await this.dataSource.query(
      `SELECT (SELECT floor(extract(epoch FROM $3::timestamptz - min(t.queued_at)))::integer FROM ticket t
                WHERE t.office_id = $1 AND t.local_date = $2 AND t.status = 'WAITING') AS "longestWaitSeconds",
              count(*) FILTER (WHERE v.outcome = 'COMPLETED')::integer AS "servedToday",
              count(*) FILTER (WHERE v.outcome = 'NO_SHOW')::integer AS "noShowsToday"
         FROM ticket_visit v
        WHERE v.office_id = $1 AND v.local_date = $2`,
      [officeId, localDate, now],
    );
    const figures = rows[0];
    return {
      ...figures,
      longestWaitSeconds: figures.longestWaitSeconds === null ? null : Math.max(0, figures.longestWaitSeconds),
    };
  }
}
