import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { groupBy } from '../shared/group-by';
import { ApplicantServingOfficeEntity } from './applicant-serving-office.entity';

/** Which offices serve which accounts: identity's copy, fed by scheduling's booking events. */
@Injectable()
export class ServingOfficeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The serving offices of each of these accounts, in one query; an account no office serves is left out. */
  async findByApplicantIds(applicantIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.manager.find(ApplicantServingOfficeEntity, {
      select: { applicantId: true, officeId: true },
      where: { applicantId: In([...applicantIds]) },
    });
    return groupBy(
      rows,
      (row) => row.applicantId,
      (row) => row.officeId,
    );
  }

  /**
   * Records that the office serves the account. A pair already there stays as it is, except that
   * an event that happened earlier (delivered late) moves `since` back to when it happened.
   */
  async record(manager: EntityManager, applicantId: string, officeId: string, since: string): Promise<void> {
    await manager.query(
      `INSERT INTO applicant_serving_office (applicant_id, office_id, since) VALUES ($1, $2, $3)
       ON CONFLICT (applicant_id, office_id) DO UPDATE SET since = EXCLUDED.since
       WHERE applicant_serving_office.since > EXCLUDED.since`,
      [applicantId, officeId, since],
    );
  }
}
