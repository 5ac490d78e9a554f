import { Module } from '@nestjs/common';
import { OfficesModule } from '../offices/offices.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DevicesResolver } from './devices.resolver';
import { DevicesService } from './devices.service';

/** Kiosks and boards: registered, listed and revoked by their office's supervisor (DeviceRepository comes with SessionsModule). */
@Module({
  imports: [SessionsModule, OfficesModule],
  providers: [DevicesService, DevicesResolver],
})
export class DevicesModule {}
