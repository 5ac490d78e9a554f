import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { AddSessionInput } from './add-session.input';
import { SessionEntity } from './session.entity';
import { SessionModel } from './session.model';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Mutation(() => SessionModel, { description: 'SUPERVISOR of the office, or ADMIN; bookable at once' })
  addSession(
    @Args('input') input: AddSessionInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<SessionEntity> {
    return this.sessions.add(identity, input);
  }
}
