import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { AttemptLimiter } from '@antrian/subgraph';
import { COUNTER_CONFIG, CounterConfig } from '../config/counter.config';
import { CountersModule } from '../counters/counters.module';
import { TicketsModule } from '../tickets/tickets.module';
import { TicketFollowResolver } from './ticket-follow.resolver';
import { FOLLOW_LOOKUP_MISSES, TicketFollowService } from './ticket-follow.service';

/** `followTicket`: a printed ticket followed by its QR code, without signing in. */
@Module({
  imports: [TicketsModule, CountersModule],
  providers: [
    TicketFollowService,
    TicketFollowResolver,
    {
      provide: FOLLOW_LOOKUP_MISSES,
      inject: [getDataSourceToken(), COUNTER_CONFIG],
      useFactory: (dataSource: DataSource, config: CounterConfig) =>
        new AttemptLimiter(dataSource, {
          table: 'attempt_limit',
          keyPrefix: 'follow-lookups',
          limit: { points: config.FOLLOW_LOOKUP_MAX_MISSES, durationSeconds: config.FOLLOW_LOOKUP_WINDOW_SECONDS },
          refusal: (seconds) => message('floor.tooManyFollowLookups', { seconds }),
        }),
    },
  ],
})
export class TicketFollowModule {}
