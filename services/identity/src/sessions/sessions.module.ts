import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { DeviceRepository } from '../devices/device.repository';
import { OfficersModule } from '../officers/officers.module';
import { PrincipalLoader } from './principal-loader';
import { RefreshTokenRepository } from './refresh-token.repository';
import { SessionsService } from './sessions.service';

/**
 * Sessions (refresh-token families) of applicants, officers and devices: started, renewed and
 * ended. Devices' table is read here (a session may be a device's) and its repository exported to
 * the devices' own module, which needs sessions to register and revoke one.
 */
@Module({
  imports: [ApplicantsModule, OfficersModule],
  providers: [SessionsService, PrincipalLoader, RefreshTokenRepository, DeviceRepository],
  exports: [SessionsService, DeviceRepository],
})
export class SessionsModule {}
