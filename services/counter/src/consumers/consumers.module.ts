import { Module } from '@nestjs/common';
import { ReplicaModule } from '../replica/replica.module';
import { SchedulingEventsConsumer } from './scheduling-events.consumer';

/** What the floor learns from other services' events; left out when only the schema is built. */
@Module({
  imports: [ReplicaModule],
  providers: [SchedulingEventsConsumer],
})
export class ConsumersModule {}
