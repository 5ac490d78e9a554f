import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { PriorityGroup } from '@antrian/contracts';
import { CurrentIdentity } from '@antrian/subgraph';
import { PriorityGroupEnum } from '../../shared/counter-enums';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketModel } from '../tickets/ticket.model';
import { WalkInQuotaModel } from './walk-in-quota.model';
import { WalkInQuota, WalkInsService } from './walk-ins.service';

@Resolver(() => WalkInQuotaModel)
export class WalkInsResolver {
  constructor(private readonly service: WalkInsService) {}

  @Mutation(() => TicketModel, {
    description:
      'An officer of the office: a ticket without a booking, lane W within the daily walk-in cap; ' +
      'with a priority group, lane P within the separate daily priority walk-in cap',
  })
  issueWalkInTicket(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('priority', { type: () => PriorityGroupEnum, nullable: true }) priority: PriorityGroup | null,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.service.issueWalkIn(identity, officeId, priority ?? null);
  }

  @Mutation(() => WalkInQuotaModel, {
    description:
      'SUPERVISOR of the office, or ADMIN: walk-in tickets per day (cap) and priority walk-in tickets per day ' +
      '(priorityCap); a cap left out stays as it is',
  })
  setWalkInCap(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('cap', { type: () => Int, nullable: true }) cap: number | null | undefined,
    @Args('priorityCap', { type: () => Int, nullable: true }) priorityCap: number | null | undefined,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<WalkInQuota> {
    return this.service.setWalkInCap(identity, officeId, { cap, priorityCap });
  }

  @Query(() => WalkInQuotaModel, { description: 'Officers of the office: today’s walk-in cap and use' })
  walkInQuota(
    @Args('officeId', { type: () => ID }) officeId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<WalkInQuota> {
    return this.service.walkInQuota(identity, officeId);
  }
}
