import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ApplicantEntity } from './applicant.entity';

export type NewApplicant = Pick<ApplicantEntity, 'nik' | 'fullName' | 'birthDate' | 'email' | 'phone' | 'passwordHash'>;

/** The applicants' accounts; a closed one stays (its bookings refer to it) but no longer holds its NIK or e-mail. */
@Injectable()
export class ApplicantRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ApplicantEntity);
  }

  /**
   * Locks the open account's row until the transaction ends, so that changes to what hangs on the
   * account (its family members, its e-mail confirmation) take turns; false when there is no such
   * open account. FOR NO KEY UPDATE: rows that only refer to the account (a family member's foreign
   * key) are not held up.
   */
  async lockForUpdate(manager: EntityManager, id: string): Promise<boolean> {
    const row: unknown = await this.repo(manager)
      .createQueryBuilder('a')
      .select('a.id')
      .where('a.id = :id AND a.closed_at IS NULL', { id })
      .setLock('for_no_key_update')
      .getRawOne();
    return row !== undefined;
  }

  insert(manager: EntityManager, applicant: NewApplicant): Promise<ApplicantEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(applicant));
  }

  /** Open or closed: what a booking or a session refers to. */
  findById(id: string, manager?: EntityManager): Promise<ApplicantEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, ApplicantEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The open account holding this NIK. */
  findOpenByNik(nik: string, manager?: EntityManager): Promise<ApplicantEntity | null> {
    return this.repo(manager).findOneBy({ nik, closedAt: IsNull() });
  }

  /** The open account with this e-mail address, as stored: lower-cased. */
  findOpenByEmail(email: string): Promise<ApplicantEntity | null> {
    return this.repo().findOneBy({ email, closedAt: IsNull() });
  }

  async markSignedIn(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { lastSignInAt: at });
  }

  async markEmailConfirmed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { emailConfirmedAt: at });
  }

  async close(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { closedAt: at });
  }
}
