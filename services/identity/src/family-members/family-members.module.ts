import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilyMemberEntity } from './family-member.entity';
import { ApplicantFamilyMembersResolver } from './applicant-family-members.resolver';
import { FamilyMembersResolver } from './family-members.resolver';
import { FamilyMembersService } from './family-members.service';

@Module({
  imports: [TypeOrmModule.forFeature([FamilyMemberEntity])],
  providers: [FamilyMembersService, FamilyMembersResolver, ApplicantFamilyMembersResolver],
})
export class FamilyMembersModule {}
