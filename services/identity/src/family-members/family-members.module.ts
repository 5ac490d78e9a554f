import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { ServingOfficesModule } from '../serving-offices/serving-offices.module';
import { FamilyMemberRepository } from './family-member.repository';
import { ApplicantFamilyMembersResolver } from './applicant-family-members.resolver';
import { FamilyMembersResolver } from './family-members.resolver';
import { FamilyMembersService } from './family-members.service';

@Module({
  imports: [ApplicantsModule, ServingOfficesModule],
  providers: [FamilyMemberRepository, FamilyMembersService, FamilyMembersResolver, ApplicantFamilyMembersResolver],
  exports: [FamilyMemberRepository],
})
export class FamilyMembersModule {}
