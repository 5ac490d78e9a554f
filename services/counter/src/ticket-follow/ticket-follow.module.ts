import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { TicketsModule } from '../tickets/tickets.module';
import { TicketFollowResolver } from './ticket-follow.resolver';
import { TicketFollowService } from './ticket-follow.service';

/** `followTicket`: a printed ticket followed by its QR code, without signing in. */
@Module({
  imports: [TicketsModule, CountersModule],
  providers: [TicketFollowService, TicketFollowResolver],
})
export class TicketFollowModule {}
