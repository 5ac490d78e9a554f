import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PlannedSession, TemplateSlot } from './office-calendar';

/** The SQL behind calendars: templates, holidays and turning them into session rows. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async holidays(
    officeId: string,
    from: string,
    to: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const rows: { date: string }[] = await manager.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM holiday
        WHERE (office_id IS NULL OR office_id = $1) AND date BETWEEN $2 AND $3`,
      [officeId, from, to],
    );
    return new Set(rows.map((row) => row.date));
  }

  async template(officeId: string, manager: EntityManager = this.dataSource.manager): Promise<TemplateSlot[]> {
    return manager.query(
      `SELECT weekday, start_time AS start, end_time AS "end", capacity FROM template_slot
        WHERE office_id = $1 ORDER BY weekday, start_time`,
      [officeId],
    );
  }

  async replaceTemplate(manager: EntityManager, officeId: string, slots: readonly TemplateSlot[]): Promise<void> {
    await manager.query(`DELETE FROM template_slot WHERE office_id = $1`, [officeId]);
    if (slots.length === 0) return;
    await manager.query(
      `INSERT INTO template_slot (office_id, weekday, start_time, end_time, capacity)
       SELECT $1, * FROM unnest($2::smallint[], $3::text[], $4::text[], $5::int[])`,
      [
        officeId,
        slots.map((s) => s.weekday),
        slots.map((s) => s.start),
        slots.map((s) => s.end),
        slots.map((s) => s.capacity),
      ],
    );
  }

  /**
   * Makes the template's sessions of [from, to] exist. New ones are inserted; existing ones get
   * the template's capacity (never below what is already booked) and, while not yet released, the
   * current release instant. Template sessions no longer planned (a holiday was added, a slot
   * removed) disappear when nobody ever booked them; booked ones stay for the office to handle.
   */
  async applyPlan(
    manager: EntityManager,
    officeId: string,
    range: { from: string; to: string },
    planned: readonly PlannedSession[],
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO session (office_id, local_date, starts_at, ends_at, capacity, bookable_from, source)
       SELECT $1, * , 'TEMPLATE' FROM unnest($2::date[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::timestamptz[])
       ON CONFLICT (office_id, starts_at) DO UPDATE
          SET capacity = GREATEST(EXCLUDED.capacity, session.booked),
              ends_at = EXCLUDED.ends_at,
              bookable_from = CASE WHEN session.bookable_from > $7 THEN EXCLUDED.bookable_from ELSE session.bookable_from END
        WHERE session.source = 'TEMPLATE'`,
      [
        officeId,
        planned.map((s) => s.localDate),
        planned.map((s) => s.startsAt),
        planned.map((s) => s.endsAt),
        planned.map((s) => s.capacity),
        planned.map((s) => s.bookableFrom),
        now,
      ],
    );
    await manager.query(
      `DELETE FROM session s
        WHERE s.office_id = $1 AND s.source = 'TEMPLATE' AND s.local_date BETWEEN $2 AND $3
          AND s.starts_at <> ALL ($4::timestamptz[])
          AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id)`,
      [officeId, range.from, range.to, planned.map((s) => s.startsAt)],
    );
  }
}
