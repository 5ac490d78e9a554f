import { Module } from '@nestjs/common';
import { ActiveBookingsConsumer } from './active-bookings.consumer';
import { ActiveBookingsModule } from './active-bookings.module';

/** Keeps the copy up to date; background work, left out when only the schema is built. */
@Module({
  imports: [ActiveBookingsModule],
  providers: [ActiveBookingsConsumer],
})
export class ActiveBookingsEventsModule {}
