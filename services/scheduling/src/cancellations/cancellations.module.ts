import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { OfficesModule } from '../offices/offices.module';
import { BookingCancellationsService } from './booking-cancellations.service';
import { SessionCancellationsResolver } from './session-cancellations.resolver';
import { SessionCancellationsService } from './session-cancellations.service';

/** What the office (or identity's events) cancels for applicants: sessions, a person's bookings. */
@Module({
  imports: [BookingsModule, OfficesModule],
  providers: [BookingCancellationsService, SessionCancellationsService, SessionCancellationsResolver],
  exports: [BookingCancellationsService],
})
export class CancellationsModule {}
