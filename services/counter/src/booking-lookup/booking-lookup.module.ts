import { Module } from '@nestjs/common';
import { ReplicaModule } from '../replica/replica.module';
import { BookingLookupService } from './booking-lookup.service';

/** From a scanned QR code or a typed booking code to the floor's copy of the booking. */
@Module({
  imports: [ReplicaModule],
  providers: [BookingLookupService],
  exports: [BookingLookupService],
})
export class BookingLookupModule {}
