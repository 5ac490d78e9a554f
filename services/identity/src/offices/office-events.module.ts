import { Module } from '@nestjs/common';
import { OfficeEventsConsumer } from './office-events.consumer';
import { OfficesModule } from './offices.module';

/** Keeps the copy of offices up to date; background work, left out when only the schema is built. */
@Module({
  imports: [OfficesModule],
  providers: [OfficeEventsConsumer],
})
export class OfficeEventsModule {}
