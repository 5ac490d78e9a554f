import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { OfficesModule } from '../offices/offices.module';
import { BookingCancellationsService } from './booking-cancellations.service';

@Module({
  imports: [BookingsModule, OfficesModule],
  providers: [BookingCancellationsService],
  exports: [BookingCancellationsService],
})
export class CancellationsModule {}
