import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantModel } from '../applicants/applicant.model';
import { EmailConfirmationService } from './email-confirmation.service';

@Resolver(() => ApplicantModel)
export class EmailConfirmationResolver {
  constructor(private readonly confirmation: EmailConfirmationService) {}

  @Mutation(() => ApplicantModel, {
    description:
      'The signed-in applicant confirms her e-mail address with the one-time code sent at registration (or again on request); then she refreshes her session, whose new access token says so',
  })
  confirmEmail(@Args('code') code: string, @CurrentIdentity() identity: Identity | null): Promise<ApplicantEntity> {
    return this.confirmation.confirm(identity, code);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends the signed-in applicant a new confirmation code (the previous one stops working); false when her e-mail is already confirmed',
  })
  resendEmailConfirmation(@CurrentIdentity() identity: Identity | null): Promise<boolean> {
    return this.confirmation.resend(identity);
  }

  @ResolveField('emailConfirmed', () => Boolean, {
    description: 'Whether she confirmed her e-mail address with the code sent to it',
  })
  emailConfirmed(@Parent() applicant: ApplicantEntity): boolean {
    return applicant.emailConfirmedAt !== null;
  }
}
