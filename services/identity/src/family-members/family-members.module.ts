import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServingOfficesModule } from '../serving-offices/serving-offices.module';
import { FamilyMemberEntity } from './family-member.entity';
import { ApplicantFamilyMembersResolver } from './applicant-family-members.resolver';
import { FamilyMembersResolver } from './family-members.resolver';
import { FamilyMembersService } from './family-members.service';

@Module({
  imports: [TypeOrmModule.forFeature([FamilyMemberEntity]), ServingOfficesModule],
  providers: [FamilyMembersService, FamilyMembersResolver, ApplicantFamilyMembersResolver],
})
export class FamilyMembersModule {}
