import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { FamilyMemberAddedPayload } from '@antrian/contracts';
import { FamilyMemberCopyEntity } from './family-member-copy.entity';

@Injectable()
export class FamilyMemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async belongsTo(familyMemberId: string, applicantId: string): Promise<boolean> {
    return this.dataSource.manager.exists(FamilyMemberCopyEntity, {
      where: { id: familyMemberId, applicantId, removedAt: IsNull() },
    });
  }

  /** The entry stays (her past bookings point at it); only new bookings for her are refused. */
  async markRemoved(manager: EntityManager, familyMemberId: string, at: Date): Promise<void> {
    await manager.update(FamilyMemberCopyEntity, { id: familyMemberId, removedAt: IsNull() }, { removedAt: at });
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
