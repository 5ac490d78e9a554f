import { Field, ObjectType } from '@nestjs/graphql';
import { BookingModel } from '../bookings/booking.model';
import { BookingEntity } from '../bookings/booking.entity';
import { SessionModel } from '../sessions/session.model';
import { SessionEntity } from '../sessions/session.entity';

@ObjectType('SessionArrivals', {
  description: 'A session of the day with the bookings the office expects (or has seen)',
})
export class SessionArrivalsModel {
  @Field(() => SessionModel)
  session!: SessionEntity;

  @Field(() => [BookingModel], {
    description: 'Cancelled bookings left out; `Booking.ticket` shows who has checked in',
  })
  bookings!: BookingEntity[];
}
