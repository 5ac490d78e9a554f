import { Module } from '@nestjs/common';
import { message } from '@antrian/messages';
import { attemptLimiterProvider } from '@antrian/subgraph';
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
    attemptLimiterProvider(FOLLOW_LOOKUP_MISSES, COUNTER_CONFIG, (config: CounterConfig) => ({
      keyPrefix: 'follow-lookups',
      limit: { points: config.FOLLOW_LOOKUP_MAX_MISSES, durationSeconds: config.FOLLOW_LOOKUP_WINDOW_SECONDS },
      refusal: (seconds) => message('floor.tooManyFollowLookups', { seconds }),
    })),
  ],
})
export class TicketFollowModule {}
