import { Module } from '@nestjs/common';
import { BookingLookupModule } from '../booking-lookup/booking-lookup.module';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { TicketRepository } from './ticket.repository';
import { BookingTicketResolver, CounterTicketResolver, TicketsResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';

/** Check-in, walk-ins and the ticket as an applicant follows it. */
@Module({
  imports: [ReplicaModule, CountersModule, BookingLookupModule],
  providers: [TicketRepository, TicketsService, TicketsResolver, CounterTicketResolver, BookingTicketResolver],
  exports: [TicketRepository],
})
export class TicketsModule {}
