import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface NewReconciliationCase {
  bookingId: string;
  officeId: string;
  sessionId: string;
  reason: string;
}

/** `reconciliation_case`; `countOpen()` is the figure a metric or an alert reads. */
@Injectable()
export class ReconciliationCaseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Opens a case in the caller's transaction; false when this booking already has one for this reason. */
  async open(manager: EntityManager, found: NewReconciliationCase): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO reconciliation_case (booking_id, office_id, session_id, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (booking_id, reason) DO NOTHING RETURNING id`,
      [found.bookingId, found.officeId, found.sessionId, found.reason],
    );
    return rows.length > 0;
  }

  async countOpen(): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      'SELECT count(*) FROM reconciliation_case WHERE resolved_at IS NULL',
    );
    return Number(count);
  }
}
