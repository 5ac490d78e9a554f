import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { EmailConfirmationModule } from '../email-confirmation/email-confirmation.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { RegistrationChecksModule } from '../registration-checks/registration-checks.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationService } from './registration.service';

@Module({
  imports: [ApplicantsModule, EmailConfirmationModule, RateLimitsModule, RegistrationChecksModule],
  providers: [RegistrationService, RegistrationResolver, PasswordHasher],
})
export class RegistrationModule {}
