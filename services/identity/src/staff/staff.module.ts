import { Module } from '@nestjs/common';
import { OfficersModule } from '../officers/officers.module';
import { SessionsModule } from '../sessions/sessions.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

/** A supervisor's officers: listed, their roles changed, deactivated. */
@Module({
  imports: [OfficersModule, SessionsModule],
  providers: [StaffService, StaffResolver],
})
export class StaffModule {}
