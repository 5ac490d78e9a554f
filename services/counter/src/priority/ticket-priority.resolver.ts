import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { PriorityGroup } from '@antrian/contracts';
import { CurrentIdentity } from '@antrian/subgraph';
import { PriorityGroupEnum } from '../shared/counter-enums';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketModel } from '../tickets/tickets/ticket.model';
import { TicketPriorityService } from './ticket-priority.service';

@Resolver(() => TicketModel)
export class TicketPriorityResolver {
  constructor(private readonly service: TicketPriorityService) {}

  @Mutation(() => TicketModel, {
    description:
      'RECEPTION or SUPERVISOR of the office: confirms a priority group, or sends a false claim to the ordinary ' +
      'order (null); the ticket keeps its number, its place follows its new priority',
  })
  setTicketPriority(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('priority', { type: () => PriorityGroupEnum, nullable: true }) priority: PriorityGroup | null | undefined,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.service.setPriority(identity, ticketId, priority ?? null);
  }
}
