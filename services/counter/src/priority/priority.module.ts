import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { TicketPriorityResolver } from './ticket-priority.resolver';
import { TicketPriorityService } from './ticket-priority.service';

/** Reception's check of the priority groups that tickets claim. */
@Module({
  imports: [TicketsModule],
  providers: [TicketPriorityService, TicketPriorityResolver],
})
export class PriorityModule {}
