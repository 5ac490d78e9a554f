import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { FamilyMembersModule } from '../family-members/family-members.module';
import { MailModule } from '../mail/mail.module';
import { SessionsModule } from '../sessions/sessions.module';
import { NikReleaseRepository } from './nik-release.repository';
import { NikReleaseResolver } from './nik-release.resolver';
import { NikReleaseService } from './nik-release.service';

@Module({
  imports: [ApplicantsModule, FamilyMembersModule, SessionsModule, MailModule],
  providers: [NikReleaseRepository, NikReleaseService, NikReleaseResolver],
})
export class NikReleaseModule {}
