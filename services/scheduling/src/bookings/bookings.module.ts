import { Module } from '@nestjs/common';
import { OfficesModule } from '../offices/offices.module';
import { ApplicantBookingsResolver } from './applicant-bookings.resolver';
import { BookingRepository } from './booking.repository';
import { BookingsResolver } from './bookings.resolver';
import { BookingsService } from './bookings.service';

@Module({
  imports: [OfficesModule],
  providers: [BookingRepository, BookingsService, BookingsResolver, ApplicantBookingsResolver],
  exports: [BookingRepository],
})
export class BookingsModule {}
