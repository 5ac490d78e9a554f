import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { EmailConfirmationRepository } from './email-confirmation.repository';
import { EmailConfirmationResolver } from './email-confirmation.resolver';
import { EmailConfirmationService } from './email-confirmation.service';

@Module({
  imports: [ApplicantsModule, MailModule, RateLimitsModule],
  providers: [EmailConfirmationRepository, EmailConfirmationService, EmailConfirmationResolver],
  exports: [EmailConfirmationService],
})
export class EmailConfirmationModule {}
