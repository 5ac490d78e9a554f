import { Module } from '@nestjs/common';
import { BookingEventsConsumer } from './booking-events.consumer';
import { ServingOfficesModule } from './serving-offices.module';

/** Keeps the serving offices up to date; background work, left out when only the schema is built. */
@Module({
  imports: [ServingOfficesModule],
  providers: [BookingEventsConsumer],
})
export class BookingEventsModule {}
