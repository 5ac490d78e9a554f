import { Args, Context, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { NikAccountLoader } from '../serving-offices/nik-account.loader';
import { nikAsSeenBy } from '../applicants/nik';
import { AddFamilyMemberInput } from './add-family-member.input';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberModel } from './family-member.model';
import { FamilyMembersService } from './family-members.service';

@Resolver(() => FamilyMemberModel)
export class FamilyMembersResolver {
  constructor(
    private readonly familyMembers: FamilyMembersService,
    private readonly nikAccounts: NikAccountLoader,
  ) {}

  @Mutation(() => FamilyMemberModel, {
    description: 'A signed-in applicant puts a family member (with her own NIK) on her account, to book for her',
  })
  addFamilyMember(
    @Args('input') input: AddFamilyMemberInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<FamilyMemberEntity> {
    return this.familyMembers.add(identity, input);
  }

  /**
   * Decided on her account, like an applicant's: whole for the account holder, officers of an
   * office serving any booking of the account, and ADMIN; masked for anyone else.
   */
  @ResolveField('nik', () => String, {
    description:
      'Whole for the account holder, officers of an office serving the account’s bookings and national administrators; masked otherwise',
  })
  async nik(@Parent() member: FamilyMemberEntity, @Context() context: RequestContext): Promise<string> {
    return nikAsSeenBy(context.identity, await this.nikAccounts.load(context, member.applicantId), member.nik);
  }

  /** Other services reference family members (the person a booking is for); never for anonymous callers. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<FamilyMemberEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', 'Sign in to see family member details');
    return requestLoader(context, 'family-member', (ids) => this.familyMembers.findByIds(ids)).load(reference.id);
  }
}
