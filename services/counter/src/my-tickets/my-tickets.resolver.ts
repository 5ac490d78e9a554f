import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { throughTheGateway } from '../live/through-the-gateway';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketModel } from '../tickets/tickets/ticket.model';
import { MyTicketsService } from './my-tickets.service';

@Resolver()
export class MyTicketsResolver {
  constructor(private readonly service: MyTicketsService) {}

  @Query(() => [TicketModel], {
    description: 'The signed-in applicant’s tickets of today (hers and her family members’), first checked in first',
  })
  myTickets(@CurrentIdentity() identity: Identity | null): Promise<TicketEntity[]> {
    return this.service.myTickets(identity);
  }

  /** Served by the gateway: `myTickets` again on every `counter.live.applicant-tickets.<applicantId>` message. */
  @Subscription(() => [TicketModel], { description: 'The signed-in applicant: her tickets after every change' })
  myTicketsChanged(): never {
    throw throughTheGateway();
  }
}
