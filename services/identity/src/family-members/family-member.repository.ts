import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { groupBy } from '../shared/group-by';
import { FamilyMemberEntity } from './family-member.entity';

export type NewFamilyMember = Pick<FamilyMemberEntity, 'applicantId' | 'nik' | 'fullName' | 'birthDate'>;

/** The family members on the applicants' accounts; a removed entry stays (its bookings refer to it) but is no longer listed. */
@Injectable()
export class FamilyMemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(FamilyMemberEntity);
  }

  countOnAccount(manager: EntityManager, applicantId: string): Promise<number> {
    return this.repo(manager).countBy({ applicantId, removedAt: IsNull() });
  }

  insert(manager: EntityManager, member: NewFamilyMember): Promise<FamilyMemberEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(member));
  }

  /** Present or removed: what a booking refers to. */
  async findByIds(ids: readonly string[]): Promise<Map<string, FamilyMemberEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each account's present family members, oldest entry first; an account without any is left out. */
  async findByApplicantIds(applicantIds: readonly string[]): Promise<Map<string, FamilyMemberEntity[]>> {
    const rows = await this.repo().find({
      where: { applicantId: In([...applicantIds]), removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupBy(rows, (row) => row.applicantId);
  }

  /** The present entry holding this NIK. */
  findPresentByNik(manager: EntityManager, nik: string): Promise<FamilyMemberEntity | null> {
    return this.repo(manager).findOneBy({ nik, removedAt: IsNull() });
  }

  /** The account's present entries, which are removed with it when it is closed. */
  findPresentOnAccount(manager: EntityManager, applicantId: string): Promise<FamilyMemberEntity[]> {
    return this.repo(manager).findBy({ applicantId, removedAt: IsNull() });
  }

  /** Her present entry on this account, locked for the change (a correction, a removal); null when not there. */
  lockOnAccount(manager: EntityManager, id: string, applicantId: string): Promise<FamilyMemberEntity | null> {
    return this.repo(manager).findOne({
      where: { id, applicantId, removedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async correct(manager: EntityManager, id: string, details: Pick<FamilyMemberEntity, 'fullName' | 'birthDate'>) {
    await this.repo(manager).update({ id }, details);
  }

  async markRemoved(manager: EntityManager, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length) await this.repo(manager).update({ id: In([...ids]) }, { removedAt: at });
  }
}
