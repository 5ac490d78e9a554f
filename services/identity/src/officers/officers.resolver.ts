import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, RequestContext, requestLoader } from '@antrian/subgraph';
import { CreateOfficerInput } from './create-officer.input';
import { OfficerEntity } from './officer.entity';
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
   * Counters show who serves at them to people signed in. Anonymous callers and devices (a public
   * board, a kiosk) get no officer at all: a NIP is her login, and a name on a public screen
   * names a person.
   */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<OfficerEntity | null> {
    if (!context.identity || context.identity.kind === 'device') return null;
    return requestLoader(context, 'officer', (ids) => this.officers.findByIds(ids)).load(reference.id);
  }
}
