import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { SessionEntity } from '../sessions/session.entity';
import { SessionModel } from '../sessions/session.model';
import { SessionCancellationsService } from './session-cancellations.service';

@Resolver(() => SessionModel)
export class SessionCancellationsResolver {
  constructor(private readonly cancellations: SessionCancellationsService) {}

  @Mutation(() => SessionModel, {
    description:
      'SUPERVISOR of the office, or ADMIN: every active booking of it is cancelled with the reason, the applicants are told, and no place is sold again',
  })
  cancelSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<SessionEntity> {
    return this.cancellations.cancelSession(identity, id, reason);
  }
}
