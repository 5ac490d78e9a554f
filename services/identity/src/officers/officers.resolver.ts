import { Args, Mutation, Resolver, ResolveReference } from '@nestjs/graphql';
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

  /** Counters show who serves at them; an officer's name and NIP are not secret at the office. */
  @ResolveReference()
  resolveReference(reference: { id: string }, context: RequestContext): Promise<OfficerEntity | null> {
    return requestLoader(context, 'officer', (ids) => this.officers.findByIds(ids)).load(reference.id);
  }
}
