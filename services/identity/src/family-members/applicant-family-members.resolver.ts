import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantModel } from '../applicants/applicant.model';
import { NikAccountLoader } from '../serving-offices/nik-account.loader';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberModel } from './family-member.model';
import { maySeeFamilyOf } from './family-member-rules';
import { FamilyMembersService } from './family-members.service';

/** `Applicant.familyMembers`: identity's own field on its own type, batched over all applicants of a request. */
@Resolver(() => ApplicantModel)
export class ApplicantFamilyMembersResolver {
  constructor(
    private readonly familyMembers: FamilyMembersService,
    private readonly nikAccounts: NikAccountLoader,
  ) {}

  @ResolveField('familyMembers', () => [FamilyMemberModel], {
    description:
      'The people she books for; shown to her, to officers of an office serving her bookings and to national administrators, an empty list to anyone else',
  })
  async familyMembersOf(
    @Parent() applicant: ApplicantEntity,
    @Context() context: RequestContext,
  ): Promise<FamilyMemberEntity[]> {
    // The serving offices, when the rule needs them, come from the same per-request batch as `nik`'s.
    if (!maySeeFamilyOf(context.identity, await this.nikAccounts.load(context, applicant.id))) return [];
    const loader = requestLoader(context, 'applicant-family-members', (ids) =>
      this.familyMembers.findByApplicantIds(ids),
    );
    return (await loader.load(applicant.id)) ?? [];
  }
}
