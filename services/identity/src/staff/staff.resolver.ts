import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { OfficerEntity } from '../officers/officer.entity';
import { OfficerModel } from '../officers/officer.model';
import { SetOfficerRolesArgs } from './set-officer-roles.args';
import { StaffService } from './staff.service';

@Resolver(() => OfficerModel)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => [OfficerModel], {
    description: 'SUPERVISOR of the office, or ADMIN: its officers, deactivated ones included (active: false)',
  })
  officers(
    @Args('officeId', { type: () => ID }) officeId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficerEntity[]> {
    return this.staff.officersOf(identity, officeId);
  }

  @Mutation(() => OfficerModel, {
    description:
      'SUPERVISOR of her office (never granting or touching ADMIN), or ADMIN; her current access tokens stop at once and her next renewal carries the new roles',
  })
  setOfficerRoles(
    @Args() { officerId, roles }: SetOfficerRolesArgs,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficerEntity> {
    return this.staff.setRoles(identity, officerId, roles);
  }

  @Mutation(() => OfficerModel, {
    description:
      'SUPERVISOR of her office (never an ADMIN), or ADMIN; nobody deactivates herself. She can no longer sign in, and her tokens and open WebSockets stop at once',
  })
  deactivateOfficer(
    @Args('officerId', { type: () => ID }) officerId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficerEntity> {
    return this.staff.deactivate(identity, officerId);
  }
}
