import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, RequestContext, requestLoader } from '@antrian/subgraph';
import { CreateOfficerInput } from './create-officer.input';
import { OfficerEntity } from './officer.entity';
import { maySeeOfficer } from './officer-visibility';
import { OfficerModel } from './officer.model';
import { OfficersService } from './officers.service';

@Resolver(() => OfficerModel)
export class OfficersResolver {
  constructor(private readonly officers: OfficersService) {}

  @Mutation(() => OfficerModel, { description: 'ADMIN anywhere; SUPERVISOR in her own office' })
  createOfficer(
    @Args('input') input: CreateOfficerInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<OfficerEntity> {
    return this.officers.create(identity, input);
  }

  @ResolveField('active', () => Boolean, { description: 'False once deactivated: she no longer signs in' })
  active(@Parent() officer: OfficerEntity): boolean {
    return officer.deactivatedAt === null;
  }

  /**
   * Counters and day reports point at officers; she is resolved only for those who may see her
   * (maySeeOfficer): for anyone else, a public board above all, the reference resolves to null.
   */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<OfficerEntity | null> {
    const officer = await requestLoader(context, 'officer', (ids) => this.officers.findByIds(ids)).load(reference.id);
    return officer && maySeeOfficer(context.identity, officer) ? officer : null;
  }
}
