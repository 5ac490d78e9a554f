import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { message } from '@antrian/messages';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { NikOwnerLoader } from '../serving-offices/nik-owner.loader';
import { nikAsSeenBy } from '../applicants/nik';
import { AddFamilyMemberInput } from './add-family-member.input';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberModel } from './family-member.model';
import { FamilyMemberChangesService } from './family-member-changes.service';
import { FamilyMembersService } from './family-members.service';
import { UpdateFamilyMemberInput } from './update-family-member.input';

@Resolver(() => FamilyMemberModel)
export class FamilyMembersResolver {
  constructor(
    private readonly familyMembers: FamilyMembersService,
    private readonly changes: FamilyMemberChangesService,
    private readonly nikOwners: NikOwnerLoader,
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

  @Mutation(() => FamilyMemberModel, {
    description: 'Her account holder corrects her name, or her birth date where it still matches her NIK',
  })
  updateFamilyMember(
    @Args('input') input: UpdateFamilyMemberInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<FamilyMemberEntity> {
    return this.changes.update(identity, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Her account holder removes her from the account; refused (ACTIVE_BOOKING_EXISTS) while she has an active booking',
  })
  removeFamilyMember(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<boolean> {
    return this.changes.remove(identity, id);
  }

  /**
   * Decided for her alone: whole for her account holder (who manages her bookings) and officers of
   * an office serving a booking for her; masked for anyone else, officers of an office serving only
   * someone else on the account included (see mayReadWholeNik).
   */
  @ResolveField('nik', () => String, {
    description:
      'Whole for her account holder and officers of an office serving a booking for her; masked otherwise, national administrators included',
  })
  async nik(@Parent() member: FamilyMemberEntity, @Context() context: RequestContext): Promise<string> {
    const owner = await this.nikOwners.person(context, member.applicantId, member.id);
    return nikAsSeenBy(context.identity, owner, member.nik);
  }

  /** Other services reference family members (the person a booking is for); never for anonymous callers. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<FamilyMemberEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', message('identity.signInForFamilyMember'));
    return requestLoader(context, 'family-member', (ids) => this.familyMembers.findByIds(ids)).load(reference.id);
  }
}
