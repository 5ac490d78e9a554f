import { Args, Context, Query, Resolver, Subscription } from '@nestjs/graphql';
import { RequestContext } from '@antrian/subgraph';
import { throughTheGateway } from '../live/through-the-gateway';
import { TicketFollowModel } from './ticket-follow.model';
import { TicketFollowService } from './ticket-follow.service';

@Resolver(() => TicketFollowModel)
export class TicketFollowResolver {
  constructor(private readonly service: TicketFollowService) {}

  @Query(() => TicketFollowModel, {
    nullable: true,
    description: 'Public, by the follow code printed on a ticket; null for a code no ticket carries',
  })
  followTicket(@Args('code') code: string, @Context() context: RequestContext): Promise<TicketFollowModel | null> {
    return this.service.followTicket(code, context.clientAddress);
  }

  /** Served by the gateway: `followTicket` again on every `counter.live.follow.<code>` message. */
  @Subscription(() => TicketFollowModel, {
    description: 'Public, by a ticket’s follow code: the ticket after every change',
  })
  followTicketChanged(@Args('code') _code: string): never {
    throw throughTheGateway();
  }
}
