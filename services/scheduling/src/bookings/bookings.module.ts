import { Module } from '@nestjs/common';
import { FamilyMembersModule } from '../family-members/family-members.module';
import { OfficesModule } from '../offices/offices.module';
import { ApplicantBookingsResolver } from './applicant-bookings.resolver';
import { BookingRepository } from './booking.repository';
import { BookingsResolver } from './bookings.resolver';
import { BookingsService } from './bookings.service';

@Module({
  imports: [OfficesModule, FamilyMembersModule],
  providers: [BookingRepository, BookingsService, BookingsResolver, ApplicantBookingsResolver],
  exports: [BookingRepository],
})
export class BookingsModule {}
