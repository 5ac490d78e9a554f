import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { groupBy } from '../shared/group-by';
import { FamilyMemberEntity } from './family-member.entity';

export type NewFamilyMember = Pick<FamilyMemberEntity, 'applicantId' | 'nik' | 'fullName' | 'birthDate'>;

/** The family members on the applicants' accounts. */
@Injectable()
export class FamilyMemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(FamilyMemberEntity);
  }

  countOnAccount(manager: EntityManager, applicantId: string): Promise<number> {
    return this.repo(manager).countBy({ applicantId });
  }

  insert(manager: EntityManager, member: NewFamilyMember): Promise<FamilyMemberEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(member));
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, FamilyMemberEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each account's family members, oldest entry first; an account without any is left out. */
  async findByApplicantIds(applicantIds: readonly string[]): Promise<Map<string, FamilyMemberEntity[]>> {
    const rows = await this.repo().find({
      where: { applicantId: In([...applicantIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupBy(rows, (row) => row.applicantId);
  }
}
