import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { OfficesModule } from '../offices/offices.module';
import { CounterEventsConsumer } from './counter-events.consumer';
import { MaintenanceService } from './maintenance.service';

/** The background work of a running service; left out when only the schema is built. */
@Module({
  imports: [OfficesModule, BookingsModule],
  providers: [CounterEventsConsumer, MaintenanceService],
})
export class ConsumersModule {}
