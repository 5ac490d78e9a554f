import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { TicketFollowRepository } from './ticket-follow.repository';
import { TicketFollowResolver } from './ticket-follow.resolver';
import { TicketFollowService } from './ticket-follow.service';

/** `followTicket`: a printed ticket followed by its QR code, without signing in. */
@Module({
  imports: [TicketsModule],
  providers: [TicketFollowRepository, TicketFollowService, TicketFollowResolver],
})
export class TicketFollowModule {}
