import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { message } from '@antrian/messages';
import { DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { NikOwnerLoader } from '../serving-offices/nik-owner.loader';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantModel } from './applicant.model';
import { ApplicantsService } from './applicants.service';
import { nikAsSeenBy } from './nik';

@Resolver(() => ApplicantModel)
export class ApplicantsResolver {
  constructor(
    private readonly applicants: ApplicantsService,
    private readonly nikOwners: NikOwnerLoader,
  ) {}

  /** Whole for her and officers of an office serving a booking for her; masked otherwise (see mayReadWholeNik). */
  @ResolveField('nik', () => String, {
    description:
      'Whole for its owner and officers of an office serving a booking for her; masked otherwise, national administrators included',
  })
  async nik(@Parent() applicant: ApplicantEntity, @Context() context: RequestContext): Promise<string> {
    return nikAsSeenBy(
      context.identity,
      await this.nikOwners.person(context, applicant.id, applicant.id),
      applicant.nik,
    );
  }

  /**
   * Other services reference applicants (a booking's applicant). Personal data is never handed
   * to anonymous callers, whoever asks for it.
   */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<ApplicantEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', message('identity.signInForApplicant'));
    return requestLoader(context, 'applicant', (ids) => this.applicants.findByIds(ids)).load(reference.id);
  }
}
