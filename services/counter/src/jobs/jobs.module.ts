import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { TicketsModule } from '../tickets/tickets.module';
import { EndOfDayJob } from './end-of-day.job';

/** Work the floor does on a timer; left out when only the schema is built. */
@Module({
  imports: [TicketsModule, CountersModule],
  providers: [EndOfDayJob],
})
export class JobsModule {}
