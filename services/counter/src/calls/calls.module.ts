import { Module } from '@nestjs/common';
import { CountersModule } from '../counters/counters.module';
import { TicketsModule } from '../tickets/tickets.module';
import { CallRepository } from './call.repository';
import { CallsResolver } from './calls.resolver';
import { CallsService } from './calls.service';

/** The counters at work: calling tickets and moving them through the stages. */
@Module({
  imports: [CountersModule, TicketsModule],
  providers: [CallRepository, CallsService, CallsResolver],
})
export class CallsModule {}
