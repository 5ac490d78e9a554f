import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OfficesModule } from '../offices/offices.module';
import { DevicesResolver } from './devices.resolver';
import { DevicesService } from './devices.service';

@Module({
  imports: [AuthModule, OfficesModule],
  providers: [DevicesService, DevicesResolver],
})
export class DevicesModule {}
