import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, requestLoader } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantModel } from '../applicants/applicant.model';
import { needsServingOffices } from '../applicants/nik';
import { NikOwnerLoader } from '../serving-offices/nik-owner.loader';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyMemberModel } from './family-member.model';
import { maySeeFamilyOf } from './family-member-rules';
import { FamilyMembersService } from './family-members.service';

/** `Applicant.familyMembers`: identity's own field on its own type, batched over all applicants of a request. */
@Resolver(() => ApplicantModel)
export class ApplicantFamilyMembersResolver {
  constructor(
    private readonly familyMembers: FamilyMembersService,
    private readonly nikOwners: NikOwnerLoader,
  ) {}

  @ResolveField('familyMembers', () => [FamilyMemberModel], {
    description:
      'The people she books for; shown to her and to officers of an office serving anyone on her account (each NIK whole only where that person is served), an empty list to anyone else',
  })
  async familyMembersOf(
    @Parent() applicant: ApplicantEntity,
    @Context() context: RequestContext,
  ): Promise<FamilyMemberEntity[]> {
    const caller = context.identity;
    // Decided without reading anything for everyone but the holder and officers of one office.
    if (!(caller?.kind === 'applicant' && caller.sub === applicant.id) && !needsServingOffices(caller)) return [];
    const loader = requestLoader(context, 'applicant-family-members', (ids) =>
      this.familyMembers.findByApplicantIds(ids),
    );
    const members = (await loader.load(applicant.id)) ?? [];
    // The serving offices of everyone on the account, from the same per-request batch as `nik`'s.
    const account = await this.nikOwners.account(
      context,
      applicant.id,
      members.map((member) => member.id),
    );
    return maySeeFamilyOf(caller, account) ? members : [];
  }
}
