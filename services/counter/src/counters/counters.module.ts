import { Module } from '@nestjs/common';
import { ReplicaModule } from '../replica/replica.module';
import { CounterRepository } from './counter.repository';
import { CountersResolver } from './counters.resolver';
import { CountersService } from './counters.service';

/** Counters of an office, and who sits at them. */
@Module({
  imports: [ReplicaModule],
  providers: [CounterRepository, CountersService, CountersResolver],
  exports: [CounterRepository, CountersService],
})
export class CountersModule {}
