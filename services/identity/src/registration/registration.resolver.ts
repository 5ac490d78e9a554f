import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantModel } from '../applicants/applicant.model';
import { RegisterApplicantInput } from './register-applicant.input';
import { RegistrationService } from './registration.service';

@Resolver(() => ApplicantModel)
export class RegistrationResolver {
  constructor(private readonly registration: RegistrationService) {}

  @Mutation(() => ApplicantModel, {
    description:
      'Opens an account; limited per client address (RATE_LIMITED with retryAfterSeconds). A one-time code is mailed to her e-mail address (confirmEmail)',
  })
  registerApplicant(
    @Args('input') input: RegisterApplicantInput,
    @Context() context: RequestContext,
  ): Promise<ApplicantEntity> {
    return this.registration.register(input, context.clientAddress);
  }
}
