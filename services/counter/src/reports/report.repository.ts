import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Stage, STAGES } from '@antrian/contracts';

export interface FigureRow {
  /** Which grouping the row belongs to: the day, a stage, a counter or an officer. */
  grouping: 'DAY' | 'STAGE' | 'COUNTER' | 'OFFICER';
  stage: Stage | null;
  counterId: string | null;
  officerId: string | null;
  served: number;
  noShows: number;
  meanWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  meanServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
}

export interface HourRow {
  /** 0-23, on the office's wall clock. */
  hour: number;
  stage: Stage;
  served: number;
  meanWaitSeconds: number | null;
}

export interface TicketCounts {
  issued: number;
  done: number;
  walkIns: number;
}

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One pass over the day's stage visits, grouped four ways at once. Waiting counts every visit
   * that was called; service counts completed visits that were started (a file completed straight
   * from the pile has a wait but no service time). percentile_cont interpolates, as a
   * spreadsheet's PERCENTILE does.
   */
  figures(officeId: string, localDate: string): Promise<FigureRow[]> {
    return this.dataSource.query(
      `WITH visit AS (
         SELECT v.stage, v.counter_id, v.officer_id, v.outcome,
                extract(epoch FROM v.called_at - v.queued_at)::float8 AS wait,
                CASE WHEN v.outcome = 'COMPLETED' THEN extract(epoch FROM v.completed_at - v.started_at)::float8 END
                  AS service
           FROM ticket_visit v
          WHERE v.office_id = $1 AND v.local_date = $2
       )
       SELECT CASE WHEN GROUPING(stage) = 0 THEN 'STAGE'
                   WHEN GROUPING(counter_id) = 0 THEN 'COUNTER'
                   WHEN GROUPING(officer_id) = 0 THEN 'OFFICER'
                   ELSE 'DAY' END AS grouping,
              stage, counter_id AS "counterId", officer_id AS "officerId",
              count(*) FILTER (WHERE outcome = 'COMPLETED')::integer AS served,
              count(*) FILTER (WHERE outcome = 'NO_SHOW')::integer AS "noShows",
              round(avg(wait)::numeric, 1)::float8 AS "meanWaitSeconds",
              round((percentile_cont(0.9) WITHIN GROUP (ORDER BY wait))::numeric, 1)::float8 AS "p90WaitSeconds",
              round(avg(service)::numeric, 1)::float8 AS "meanServiceSeconds",
              round((percentile_cont(0.9) WITHIN GROUP (ORDER BY service))::numeric, 1)::float8 AS "p90ServiceSeconds"
         FROM visit
        GROUP BY GROUPING SETS ((), (stage), (counter_id), (officer_id))`,
      [officeId, localDate],
    );
  }

  /**
   * Per stage and hour of the office's wall clock: the services completed in that hour, and the
   * mean wait of the tickets called in that hour (called minus queued). Hours with neither are left out.
   */
  byHour(officeId: string, localDate: string): Promise<HourRow[]> {
    return this.dataSource.query(
      `WITH visit AS (
         SELECT v.stage, v.outcome, v.queued_at, v.called_at, v.completed_at, o.time_zone AS zone
           FROM ticket_visit v JOIN office_copy o ON o.id = v.office_id
          WHERE v.office_id = $1 AND v.local_date = $2
       ), served AS (
         SELECT stage, extract(hour FROM completed_at AT TIME ZONE zone)::integer AS hour, count(*)::integer AS served
           FROM visit WHERE outcome = 'COMPLETED' GROUP BY 1, 2
       ), waited AS (
         SELECT stage, extract(hour FROM called_at AT TIME ZONE zone)::integer AS hour,
                round(avg(extract(epoch FROM called_at - queued_at)))::integer AS "meanWaitSeconds"
           FROM visit WHERE called_at IS NOT NULL GROUP BY 1, 2
       )
       SELECT hour, stage, coalesce(served.served, 0) AS served, waited."meanWaitSeconds"
         FROM served FULL JOIN waited USING (stage, hour)
        ORDER BY hour, array_position($3::text[], stage)`,
      [officeId, localDate, STAGES],
    );
  }

  /** Walk-ins are the tickets issued without a booking: lane W, and priority walk-ins in lane P. */
  async ticketCounts(officeId: string, localDate: string): Promise<TicketCounts> {
    const rows: TicketCounts[] = await this.dataSource.query(
      `SELECT count(*)::integer AS issued,
              count(*) FILTER (WHERE status = 'DONE')::integer AS done,
              count(*) FILTER (WHERE booking_id IS NULL)::integer AS "walkIns"
         FROM ticket WHERE office_id = $1 AND local_date = $2`,
      [officeId, localDate],
    );
    return rows[0];
  }
}
