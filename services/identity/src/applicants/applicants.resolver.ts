import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, DomainError, RequestContext, requestLoader } from '@antrian/subgraph';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantModel } from './applicant.model';
import { ApplicantsService } from './applicants.service';
import { nikAsSeenBy } from './nik';
import { RegisterApplicantInput } from './register-applicant.input';

@Resolver(() => ApplicantModel)
export class ApplicantsResolver {
  constructor(private readonly applicants: ApplicantsService) {}

  @Mutation(() => ApplicantModel)
  registerApplicant(@Args('input') input: RegisterApplicantInput): Promise<ApplicantEntity> {
    return this.applicants.register(input);
  }

  @ResolveField('nik', () => String)
  nik(@Parent() applicant: ApplicantEntity, @CurrentIdentity() identity: Identity | null): string {
    return nikAsSeenBy(identity, applicant.id, applicant.nik);
  }

  /**
   * Other services reference applicants (a booking's applicant). Personal data is never handed
   * to anonymous callers, whoever asks for it.
   */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<ApplicantEntity | null> {
    if (!context.identity) throw new DomainError('UNAUTHENTICATED', 'Sign in to see applicant details');
    return requestLoader(context, 'applicant', (ids) => this.applicants.findByIds(ids)).load(reference.id);
  }
}
