import { Module } from '@nestjs/common';
import { PersonBookingRepository } from './person-booking.repository';

/** Identity's copy of each person's bookings, read by the family members' removal. */
@Module({
  providers: [PersonBookingRepository],
  exports: [PersonBookingRepository],
})
export class ActiveBookingsModule {}
