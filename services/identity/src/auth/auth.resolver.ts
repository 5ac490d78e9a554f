import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, RequestContext } from '@antrian/subgraph';
import { AuthPayloadModel } from './auth-payload.model';
import { SessionsService } from '../sessions/sessions.service';
import { SignInService } from './sign-in.service';
import { SignInInput } from './sign-in.input';

@Resolver(() => AuthPayloadModel)
export class AuthResolver {
  constructor(
    private readonly signInService: SignInService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => AuthPayloadModel, {
    description:
      'RATE_LIMITED (with retryAfterSeconds) after repeated failures: a growing wait per account, hard limits per account and address and per address',
  })
  signIn(@Args('input') input: SignInInput, @Context() context: RequestContext): Promise<AuthPayloadModel> {
    return this.signInService.signIn(input.login, input.password, context.clientAddress);
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'The next tokens of the session; also after confirming an e-mail, to get a token that says so',
  })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, {
    description:
      'Ends the caller’s session (refresh-token family): its refresh token stops working, its access tokens at once on every gateway',
  })
  signOut(@CurrentIdentity() identity: Identity | null): Promise<boolean> {
    return this.sessions.signOut(identity);
  }
}
