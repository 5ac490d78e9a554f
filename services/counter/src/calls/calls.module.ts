import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { TicketsModule } from '../tickets/tickets.module';
import { CallsResolver } from './calls.resolver';
import { CallsService } from './calls.service';
import { TicketMovesService } from './ticket-moves.service';

/** The counters at work: calling tickets and moving them through the stages. */
@Module({
  imports: [CountersModule, TicketsModule],
  providers: [CallsService, TicketMovesService, CallsResolver],
})
export class CallsModule {}
