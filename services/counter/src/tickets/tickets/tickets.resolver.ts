import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { PriorityGroup, Stage, TicketStatus } from '@antrian/contracts';
import { CurrentIdentity, DateScalar, RequestContext, requestLoader } from '@antrian/subgraph';
import { CounterEntity } from '../../counters/counter.entity';
import { CounterModel } from '../../counters/counter.model';
import { CounterRepository } from '../../counters/counter.repository';
import { PriorityGroupEnum, StageEnum, TicketStatusEnum } from '../../shared/counter-enums';
import { BookingReference } from './booking-reference.model';
import { TicketEntity } from './ticket.entity';
import { TicketModel } from './ticket.model';
import { paceKey, TicketRepository } from './ticket.repository';
import { TicketsService } from './tickets.service';
import { maySeeFollowCode } from './ticket-visibility';
import { estimateWaitSeconds } from './wait-estimate';

@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly service: TicketsService,
    private readonly repository: TicketRepository,
    private readonly counters: CounterRepository,
  ) {}

  @Query(() => TicketModel, { nullable: true, description: 'Its applicant, or an officer of its office' })
  ticket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity | null> {
    return this.service.get(identity, id);
  }

  @Query(() => [TicketModel], {
    description:
      'Officers of the office: its tickets of an office-local day (today when left out); waiting tickets ' +
      'first, in calling order',
  })
  tickets(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('stage', { type: () => StageEnum, nullable: true }) stage: Stage | null,
    @Args('statuses', { type: () => [TicketStatusEnum], nullable: true }) statuses: TicketStatus[] | null,
    @Args('date', { type: () => DateScalar, nullable: true }) date: string | null,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity[]> {
    return this.service.list(identity, officeId, {
      stage: stage ?? null,
      statuses: statuses ?? null,
      date: date ?? null,
    });
  }

  @Query(() => TicketModel, {
    nullable: true,
    description: 'Officers of the office: a ticket by its printed number ("A-017", typed as "a17" too)',
  })
  ticketByNumber(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('number') number: string,
    @Args('date', { type: () => DateScalar, nullable: true }) date: string | null,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity | null> {
    return this.service.byNumber(identity, officeId, number, date ?? null);
  }

  @ResolveField('booking', () => BookingReference, {
    nullable: true,
    description: 'Resolved by scheduling; null for walk-ins, and for those who may not see the ticket',
  })
  booking(@Parent() ticket: TicketEntity, @CurrentIdentity() identity: Identity | null): BookingReference | null {
    return ticket.bookingId && this.service.maySeeDetails(identity, ticket) ? { id: ticket.bookingId } : null;
  }

  @ResolveField('priority', () => PriorityGroupEnum, {
    nullable: true,
    description: 'Priority tickets are called first; null for those who may not see the ticket',
  })
  priority(@Parent() ticket: TicketEntity, @CurrentIdentity() identity: Identity | null): PriorityGroup | null {
    return this.service.maySeeDetails(identity, ticket) ? ticket.priority : null;
  }

  @ResolveField('holdReason', () => String, {
    nullable: true,
    description: 'Why it is on hold (a missing document, say); null for those who may not see the ticket',
  })
  holdReason(@Parent() ticket: TicketEntity, @CurrentIdentity() identity: Identity | null): string | null {
    return this.service.maySeeDetails(identity, ticket) ? ticket.holdReason : null;
  }

  @ResolveField('followCode', () => String, {
    nullable: true,
    description:
      'Printed on the ticket (a QR code): anyone holding it follows this ticket, no sign-in; shown to its ' +
      'applicant, the officers of its office and the kiosk that issued it, null for everybody else',
  })
  followCode(@Parent() ticket: TicketEntity, @CurrentIdentity() identity: Identity | null): string | null {
    return maySeeFollowCode(identity, ticket) ? ticket.followCode : null;
  }

  @ResolveField('counter', () => CounterModel, { nullable: true, description: 'Where it is called or served now' })
  counter(@Parent() ticket: TicketEntity, @Context() context: RequestContext): Promise<CounterEntity | null> | null {
    if (!ticket.counterId) return null;
    return requestLoader(context, 'counter', (ids) => this.counters.findByIds(ids)).load(ticket.counterId);
  }

  @ResolveField('position', () => Int, { nullable: true, description: '1 = next for its stage; null unless WAITING' })
  position(@Parent() ticket: TicketEntity, @Context() context: RequestContext): Promise<number | null> | null {
    if (ticket.status !== 'WAITING') return null;
    return requestLoader(context, 'ticket-position', (ids) => this.repository.positions(ids)).load(ticket.id);
  }

  @ResolveField('estimatedWaitSeconds', () => Int, {
    nullable: true,
    description: 'Until it is called, from its position and the stage’s recent pace; null unless WAITING',
  })
  async estimatedWaitSeconds(
    @Parent() ticket: TicketEntity,
    @Context() context: RequestContext,
  ): Promise<number | null> {
    const position = await this.position(ticket, context);
    if (position === null) return null;
    const pace = await requestLoader(context, 'stage-pace', (keys) => this.repository.pace(keys)).load(
      paceKey(ticket.officeId, ticket.stage),
    );
    return estimateWaitSeconds(position, pace?.averageServiceSeconds ?? null, pace?.openCounters ?? 0);
  }

  /** Same visibility as `ticket(id)`: its applicant or an officer of its office. */
  @ResolveReference()
  resolveReference(reference: { id: string }, context: RequestContext): Promise<TicketEntity | null> {
    return requestLoader(context, 'visible-ticket', (ids) => this.service.findVisible(context.identity, ids)).load(
      reference.id,
    );
  }
}
