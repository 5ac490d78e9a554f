import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OfficersModule } from '../officers/officers.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

/** A supervisor's officers: listed, their roles changed, deactivated. */
@Module({
  imports: [OfficersModule, AuthModule],
  providers: [StaffService, StaffResolver],
})
export class StaffModule {}
