import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { throughTheGateway } from '../live/through-the-gateway';
import { FloorOverviewService } from './floor-overview.service';
import { OfficeFloorModel } from './office-floor.model';

@Resolver(() => OfficeFloorModel)
export class FloorOverviewResolver {
  constructor(private readonly service: FloorOverviewService) {}

  @Query(() => OfficeFloorModel, { description: 'Officers of the office, or ADMIN' })
  officeFloor(
    @Args('officeId', { type: () => ID }) officeId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficeFloorModel> {
    return this.service.officeFloor(identity, officeId);
  }

  /** Served by the gateway: `officeFloor` again on every `counter.live.floor.<officeId>` message. */
  @Subscription(() => OfficeFloorModel, {
    description: 'Officers of the office, or ADMIN: the floor after every change',
  })
  officeFloorChanged(@Args('officeId', { type: () => ID }) _officeId: string): never {
    throw throughTheGateway();
  }
}
