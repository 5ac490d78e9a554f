import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OfficesModule } from '../offices/offices.module';
import { DevicesResolver } from './devices.resolver';
import { DevicesService } from './devices.service';

/** Kiosks and boards: registered, listed and revoked by their office's supervisor (DeviceRepository comes with AuthModule). */
@Module({
  imports: [AuthModule, OfficesModule],
  providers: [DevicesService, DevicesResolver],
})
export class DevicesModule {}
