import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { nikAsSeenBy } from '../applicants/nik';
import { AddFamilyMemberInput } from './add-family-member.input';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberModel } from './family-member.model';
import { FamilyMembersService } from './family-members.service';

@Resolver(() => FamilyMemberModel)
export class FamilyMembersResolver {
  constructor(private readonly familyMembers: FamilyMembersService) {}

  @Mutation(() => FamilyMemberModel, {
    description: 'A signed-in applicant puts a family member (with her own NIK) on her account, to book for her',
  })
  addFamilyMember(
    @Args('input') input: AddFamilyMemberInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<FamilyMemberEntity> {
    return this.familyMembers.add(identity, input);
  }

  /** Whole for the account holder and officers, masked for anyone else, like an applicant's. */
  @ResolveField('nik', () => String)
  nik(@Parent() member: FamilyMemberEntity, @CurrentIdentity() identity: Identity | null): string {
    return nikAsSeenBy(identity, member.applicantId, member.nik);
  }

  /** Other services reference family members (the person a booking is for); never for anonymous callers. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<FamilyMemberEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', 'Sign in to see family member details');
    return requestLoader(context, 'family-member', (ids) => this.familyMembers.findByIds(ids)).load(reference.id);
  }
}
