import { Module } from '@nestjs/common';
import { BookingLookupModule } from '../booking-lookup/booking-lookup.module';
import { CountersModule } from '../counters/counters.module';
import { ReplicaModule } from '../replica/replica.module';
import { CheckInResolver } from './check-in/check-in.resolver';
import { CheckInService } from './check-in/check-in.service';
import { TicketIssuer } from './issuing/ticket-issuer';
import { TicketTallyRepository } from './issuing/ticket-tally.repository';
import { BookingTicketResolver, CounterTicketResolver } from './tickets/booking-ticket.resolver';
import { TicketRepository } from './tickets/ticket.repository';
import { TicketsResolver } from './tickets/tickets.resolver';
import { TicketsService } from './tickets/tickets.service';
import { WalkInCapRepository } from './walk-ins/walk-in-cap.repository';
import { WalkInsResolver } from './walk-ins/walk-ins.resolver';
import { WalkInsService } from './walk-ins/walk-ins.service';

/**
 * Tickets, by use case: `check-in/` (a booking becomes a ticket, and later its pickup ticket),
 * `walk-ins/` (tickets without a booking, under the daily caps), `issuing/` (numbers and the
 * ticket's creation, shared by both), and `tickets/` (the ticket itself: its rules, its one
 * repository, and how its applicant and the office's officers find it).
 */
@Module({
  imports: [ReplicaModule, CountersModule, BookingLookupModule],
  providers: [
    TicketRepository,
    TicketTallyRepository,
    WalkInCapRepository,
    TicketIssuer,
    TicketsService,
    CheckInService,
    WalkInsService,
    TicketsResolver,
    CheckInResolver,
    WalkInsResolver,
    BookingTicketResolver,
    CounterTicketResolver,
  ],
  exports: [TicketRepository],
})
export class TicketsModule {}
