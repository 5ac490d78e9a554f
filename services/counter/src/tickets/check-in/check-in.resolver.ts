import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketModel } from '../tickets/ticket.model';
import { CheckInInput } from './check-in.input';
import { CheckInService } from './check-in.service';

@Resolver(() => TicketModel)
export class CheckInResolver {
  constructor(private readonly service: CheckInService) {}

  @Mutation(() => TicketModel, { description: 'A kiosk of the office, or an officer of the office' })
  checkIn(@Args('input') input: CheckInInput, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.service.checkIn(identity, input);
  }

  @Mutation(() => TicketModel, {
    description:
      'A kiosk or an officer of the office: the ticket (lane K, stage PICKUP) for collecting a finished passport',
  })
  issuePickupTicket(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('bookingCode') bookingCode: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.service.issuePickup(identity, officeId, bookingCode);
  }
}
