import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Stage } from '@antrian/contracts';

/** Who follows a ticket besides its own subject: its applicant's phone and the holder of its paper. */
export interface TicketAudience {
  id: string;
  applicantId: string | null;
  followCode: string | null;
}

const AUDIENCE_COLUMNS = `id, applicant_id AS "applicantId", follow_code AS "followCode"`;

@Injectable()
export class LiveAudienceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The tickets waiting in a stage at the office: their positions or estimates may have moved. */
  waitingIn(officeId: string, stage: Stage): Promise<TicketAudience[]> {
    return this.dataSource.query(
      `SELECT ${AUDIENCE_COLUMNS} FROM ticket WHERE office_id = $1 AND stage = $2 AND status = 'WAITING'`,
      [officeId, stage],
    );
  }

  /** The audience of tickets that changed. */
  ofTickets(ids: readonly string[]): Promise<TicketAudience[]> {
    return this.dataSource.query(`SELECT ${AUDIENCE_COLUMNS} FROM ticket WHERE id = ANY ($1::uuid[])`, [ids]);
  }
}
