import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { CounterEntity } from '../../counters/counter.entity';
import { CounterModel } from '../../counters/counter.model';
import { BookingReference } from './booking-reference.model';
import { TicketEntity } from './ticket.entity';
import { TicketModel } from './ticket.model';
import { TicketRepository } from './ticket.repository';
import { TicketsService } from './tickets.service';

/** `Booking.ticket`: the counter owns it as an extension of scheduling's booking. */
@Resolver(() => BookingReference)
export class BookingTicketResolver {
  constructor(private readonly service: TicketsService) {}

  @ResolveField('ticket', () => TicketModel, {
    nullable: true,
    description:
      'The visit’s ticket, null until checked in (a pickup ticket is not it); null for those who may not see it',
  })
  ticket(@Parent() booking: BookingReference, @Context() context: RequestContext): Promise<TicketEntity | null> {
    return requestLoader(context, 'booking-ticket', (ids) => this.service.visitTicketsOf(context.identity, ids)).load(
      booking.id,
    );
  }

  /** Anyone may hold a booking's id; what is behind it (its ticket) has its own check. */
  @ResolveReference()
  resolveReference(reference: { id: string }): BookingReference {
    return { id: reference.id };
  }
}

/** Counter.currentTicket lives here, beside the tickets, so that counters need not know them. */
@Resolver(() => CounterModel)
export class CounterTicketResolver {
  constructor(private readonly tickets: TicketRepository) {}

  @ResolveField('currentTicket', () => TicketModel, { nullable: true, description: 'Called or served there now' })
  currentTicket(@Parent() counter: CounterEntity, @Context() context: RequestContext): Promise<TicketEntity | null> {
    return requestLoader(context, 'counter-ticket', (ids) => this.tickets.atCounters(ids)).load(counter.id);
  }
}
