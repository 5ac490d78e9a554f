import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Scheduling owns bookings (and decides who may see them); a ticket only points at its own. */
@ObjectType('Booking')
@Directive('@key(fields: "id", resolvable: false)')
export class BookingReference {
  @Field(() => ID)
  id!: string;
}
