import { Module } from '@nestjs/common';
import { attemptLimiterProvider } from '@antrian/subgraph';
import { COUNTER_CONFIG, CounterConfig } from '../config/counter.config';
import { ReplicaModule } from '../replica/replica.module';
import { BookingLookupService, CODE_LOOKUP_FAILURES, MESSAGES } from './booking-lookup.service';

/** From a scanned QR code or a typed booking code to the floor's copy of the booking. */
@Module({
  imports: [ReplicaModule],
  providers: [
    BookingLookupService,
    attemptLimiterProvider(CODE_LOOKUP_FAILURES, COUNTER_CONFIG, (config: CounterConfig) => ({
      keyPrefix: 'code-lookups',
      limit: { points: config.CODE_LOOKUP_MAX_FAILURES, durationSeconds: config.CODE_LOOKUP_WINDOW_SECONDS },
      refusal: MESSAGES.tooManyFailures,
    })),
  ],
  exports: [BookingLookupService],
})
export class BookingLookupModule {}
