import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { FamilyMembersModule } from '../family-members/family-members.module';
import { OfficesModule } from '../offices/offices.module';
import { CounterEventsConsumer } from './counter-events.consumer';
import { IdentityEventsConsumer } from './identity-events.consumer';
import { MaintenanceService } from './maintenance.service';

/** The background work of a running service; left out when only the schema is built. */
@Module({
  imports: [OfficesModule, BookingsModule, FamilyMembersModule],
  providers: [CounterEventsConsumer, IdentityEventsConsumer, MaintenanceService],
})
export class ConsumersModule {}
