import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Stage } from '@antrian/contracts';

@Injectable()
export class LiveAudienceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The tickets waiting in a stage at the office: their positions or estimates may have moved. */
  async waitingIn(officeId: string, stage: Stage): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM ticket WHERE office_id = $1 AND stage = $2 AND status = 'WAITING'`,
      [officeId, stage],
    );
    return rows.map((row) => row.id);
  }
}
