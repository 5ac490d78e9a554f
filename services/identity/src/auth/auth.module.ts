import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { DeviceRepository } from '../devices/device.repository';
import { OfficersModule } from '../officers/officers.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { PasswordHasher } from '../shared/password-hasher.service';
import { AuthResolver } from './auth.resolver';
import { PrincipalLoader } from './principal-loader';
import { RefreshTokenRepository } from './refresh-token.repository';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';

/**
 * Sign-in and sessions. Devices' table is read here (a session may be a device's) and the
 * repository exported to the devices' own module, which needs sessions to register and revoke one.
 */
@Module({
  imports: [ApplicantsModule, OfficersModule, RateLimitsModule],
  providers: [
    AuthResolver,
    SignInService,
    SessionsService,
    PrincipalLoader,
    RefreshTokenRepository,
    DeviceRepository,
    PasswordHasher,
  ],
  exports: [SessionsService, DeviceRepository],
})
export class AuthModule {}
