import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * Scheduling owns bookings (and decides who may see them); a ticket points at its own, and the
 * floor adds `Booking.ticket` (BookingTicketResolver), so it resolves references to bookings too.
 */
@ObjectType('Booking')
@Directive('@key(fields: "id")')
export class BookingReference {
  @Field(() => ID)
  id!: string;
}
