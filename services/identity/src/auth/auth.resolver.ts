import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthService } from './auth.service';
import { SignInInput } from './sign-in.input';

@Resolver(() => AuthPayloadModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel)
  signIn(@Args('input') input: SignInInput): Promise<AuthPayloadModel> {
    return this.auth.signIn(input.login, input.password);
  }

  @Mutation(() => AuthPayloadModel)
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.auth.refresh(refreshToken);
  }
}
