import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WalkInCapEntity } from './walk-in-cap.entity';

/** The office's daily walk-in caps, as its supervisor set them (`walk_in_cap`). */
@Injectable()
export class WalkInCapRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caps the office's supervisor set; null where she set none. */
  async walkInCaps(officeId: string): Promise<{ cap: number | null; priorityCap: number | null }> {
    const row = await this.dataSource.getRepository(WalkInCapEntity).findOneBy({ officeId });
    return { cap: row?.dailyCap ?? null, priorityCap: row?.priorityDailyCap ?? null };
  }

  /** Sets the caps given; a cap left null keeps what it was (or stays unset). */
  async setWalkInCaps(
    officeId: string,
    caps: { cap: number | null; priorityCap: number | null },
    setBy: string,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO walk_in_cap AS c (office_id, daily_cap, priority_daily_cap, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (office_id) DO UPDATE SET daily_cap = coalesce(EXCLUDED.daily_cap, c.daily_cap),
         priority_daily_cap = coalesce(EXCLUDED.priority_daily_cap, c.priority_daily_cap),
         set_by = EXCLUDED.set_by, updated_at = now()`,
      [officeId, caps.cap, caps.priorityCap, setBy],
    );
  }
}
