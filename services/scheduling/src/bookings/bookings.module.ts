import { Module } from '@nestjs/common';
import { FamilyMembersModule } from '../family-members/family-members.module';
import { OfficesModule } from '../offices/offices.module';
import { PersonFactsModule } from '../person-facts/person-facts.module';
import { ApplicantBookingsResolver } from './applicant-bookings.resolver';
import { BookingGuards, bookingLimiters } from './booking-guards.service';
import { BookingRepository } from './booking.repository';
import { BookingsResolver } from './bookings.resolver';
import { BookingsService } from './bookings.service';
import { RescheduleService } from './reschedule.service';

@Module({
  imports: [OfficesModule, FamilyMembersModule, PersonFactsModule],
  providers: [
    BookingRepository,
    BookingGuards,
    bookingLimiters.perAddress,
    bookingLimiters.codeLookups,
    BookingsService,
    RescheduleService,
    BookingsResolver,
    ApplicantBookingsResolver,
  ],
  exports: [BookingRepository],
})
export class BookingsModule {}
