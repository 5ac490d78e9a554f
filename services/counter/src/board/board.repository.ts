import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Stage } from '@antrian/contracts';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TICKET_COLUMNS, toTicket } from '../tickets/tickets/ticket-columns';

export interface StageQueueFigures {
  stage: Stage;
  waiting: number;
  averageWaitSeconds: number | null;
}

@Injectable()
export class BoardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tickets at counters now, latest call first, leaving out the stages nobody is called to. */
  async atCounters(officeId: string, hiddenStages: readonly Stage[]): Promise<TicketEntity[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT ${TICKET_COLUMNS} FROM ticket t
        WHERE t.office_id = $1 AND t.status IN ('CALLED', 'SERVING') AND NOT (t.stage = ANY ($2::text[]))
        ORDER BY t.called_at DESC, t.id`,
      [officeId, hiddenStages],
    );
    return rows.map(toTicket);
  }

  /** Per stage, in the given order: who waits now, and how long today's called tickets waited. */
  stageQueues(officeId: string, localDate: string, stages: readonly Stage[]): Promise<StageQueueFigures[]> {
    return this.dataSource.query(
      `SELECT s.stage,
              (SELECT count(*) FROM ticket t
                WHERE t.office_id = $1 AND t.local_date = $2 AND t.stage = s.stage AND t.status = 'WAITING')::integer
                AS waiting,
              (SELECT round(avg(extract(epoch FROM v.called_at - v.queued_at)))::integer FROM ticket_visit v
                WHERE v.office_id = $1 AND v.local_date = $2 AND v.stage = s.stage AND v.called_at IS NOT NULL)
                AS "averageWaitSeconds"
         FROM unnest($3::text[]) WITH ORDINALITY AS s (stage, n)
        ORDER BY s.n`,
      [officeId, localDate, stages],
    );
  }
}
