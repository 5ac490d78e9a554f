import { Module } from '@nestjs/common';
import { ActiveBookingsModule } from '../active-bookings/active-bookings.module';
import { ApplicantsModule } from '../applicants/applicants.module';
import { ServingOfficesModule } from '../serving-offices/serving-offices.module';
import { FamilyMemberRepository } from './family-member.repository';
import { ApplicantFamilyMembersResolver } from './applicant-family-members.resolver';
import { FamilyMembersResolver } from './family-members.resolver';
import { FamilyMemberChangesService } from './family-member-changes.service';
import { FamilyMembersService } from './family-members.service';

@Module({
  imports: [ApplicantsModule, ServingOfficesModule, ActiveBookingsModule],
  providers: [
    FamilyMemberRepository,
    FamilyMembersService,
    FamilyMemberChangesService,
    FamilyMembersResolver,
    ApplicantFamilyMembersResolver,
  ],
  exports: [FamilyMemberRepository],
})
export class FamilyMembersModule {}
