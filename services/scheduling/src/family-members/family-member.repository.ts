import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FamilyMemberAddedPayload } from '@antrian/contracts';
import { FamilyMemberCopyEntity } from './family-member-copy.entity';

@Injectable()
export class FamilyMemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async belongsTo(familyMemberId: string, applicantId: string): Promise<boolean> {
    return this.dataSource.manager.exists(FamilyMemberCopyEntity, { where: { id: familyMemberId, applicantId } });
  }

  /** A redelivered event finds the member already there and changes nothing. */
  async record(manager: EntityManager, member: FamilyMemberAddedPayload): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(FamilyMemberCopyEntity)
      .values({ id: member.familyMemberId, applicantId: member.applicantId })
      .orIgnore()
      .execute();
  }
}
