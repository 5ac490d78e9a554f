import { Module } from '@nestjs/common';
import { FamilyMemberRepository } from './family-member.repository';

@Module({
  providers: [FamilyMemberRepository],
  exports: [FamilyMemberRepository],
})
export class FamilyMembersModule {}
