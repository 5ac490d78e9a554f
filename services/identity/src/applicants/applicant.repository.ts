import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicantEntity } from './applicant.entity';

export type NewApplicant = Pick<ApplicantEntity, 'nik' | 'fullName' | 'birthDate' | 'email' | 'phone' | 'passwordHash'>;

/** The applicants' accounts. */
@Injectable()
export class ApplicantRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ApplicantEntity);
  }

  /**
   * Locks the account's row until the transaction ends, so that changes to what hangs on the
   * account (its family members) take turns; false when there is no such account. FOR NO KEY
   * UPDATE: rows that only refer to the account (a family member's foreign key) are not held up.
   */
  async lockForUpdate(manager: EntityManager, id: string): Promise<boolean> {
    const row: unknown = await this.repo(manager)
      .createQueryBuilder('a')
      .select('a.id')
      .where('a.id = :id', { id })
      .setLock('for_no_key_update')
      .getRawOne();
    return row !== undefined;
  }

  insert(manager: EntityManager, applicant: NewApplicant): Promise<ApplicantEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(applicant));
  }

  findById(id: string): Promise<ApplicantEntity | null> {
    return this.repo().findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, ApplicantEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  findByNik(nik: string): Promise<ApplicantEntity | null> {
    return this.repo().findOneBy({ nik });
  }

  /** `email` as stored: lower-cased. */
  findByEmail(email: string): Promise<ApplicantEntity | null> {
    return this.repo().findOneBy({ email });
  }
}
