import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { TicketRepository } from './ticket.repository';
import { CounterTicketResolver, TicketsResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';

/** Check-in, walk-ins and the ticket as an applicant follows it. */
@Module({
  imports: [ReplicaModule, CountersModule],
  providers: [TicketRepository, TicketsService, TicketsResolver, CounterTicketResolver],
  exports: [TicketRepository],
})
export class TicketsModule {}
