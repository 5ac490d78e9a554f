import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { TicketsModule } from '../tickets/tickets.module';
import { EndOfDayService } from './end-of-day.service';
import { SchedulingEventsConsumer } from './scheduling-events.consumer';

/** The background work of a running service; left out when only the schema is built. */
@Module({
  imports: [ReplicaModule, TicketsModule, CountersModule],
  providers: [SchedulingEventsConsumer, EndOfDayService],
})
export class ConsumersModule {}
