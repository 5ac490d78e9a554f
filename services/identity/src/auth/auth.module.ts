import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { OfficersModule } from '../officers/officers.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { AuthResolver } from './auth.resolver';
import { SignInService } from './sign-in.service';

/** Sign-in, renewal and sign-out: the public mutations over sessions. */
@Module({
  imports: [ApplicantsModule, OfficersModule, RateLimitsModule, SessionsModule],
  providers: [AuthResolver, SignInService, PasswordHasher],
})
export class AuthModule {}
