import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DevicesResolver } from './devices.resolver';
import { DevicesService } from './devices.service';

@Module({
  imports: [AuthModule],
  providers: [DevicesService, DevicesResolver],
})
export class DevicesModule {}
