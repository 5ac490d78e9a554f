import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { actsForOffice, Identity } from '@antrian/auth';
import { CurrentIdentity, RequestContext, requestLoader, isUuid } from '@antrian/subgraph';
import { CounterEntity } from './counter.entity';
import { CounterStatus, counterStatus } from './counter-status';
import { CounterStatusEnum } from '../shared/counter-enums';
import { CounterModel } from './counter.model';
import { CounterRepository } from './counter.repository';
import { CountersService } from './counters.service';
import { CreateCounterInput } from './create-counter.input';
import { OfficerReference } from './officer-reference.model';

@Resolver(() => CounterModel)
export class CountersResolver {
  constructor(
    private readonly service: CountersService,
    private readonly repository: CounterRepository,
  ) {}

  @Mutation(() => CounterModel, { description: 'SUPERVISOR of the office, or ADMIN' })
  createCounter(
    @Args('input') input: CreateCounterInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity> {
    return this.service.create(identity, input);
  }

  @Query(() => [CounterModel], { description: 'Officers of the office, and its kiosks and boards' })
  counters(
    @Args('officeId', { type: () => ID }) officeId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity[]> {
    return this.service.list(identity, officeId);
  }

  @Mutation(() => CounterModel, {
    description: 'The signed-in officer takes a counter of her office whose stages her roles cover',
  })
  openCounter(
    @Args('counterId', { type: () => ID }) counterId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity> {
    return this.service.open(identity, counterId);
  }

  @Mutation(() => CounterModel, {
    description: 'Its officer, or a SUPERVISOR of the office; never with a ticket at it',
  })
  closeCounter(
    @Args('counterId', { type: () => ID }) counterId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity> {
    return this.service.close(identity, counterId);
  }

  @Mutation(() => CounterModel, {
    description:
      'Its officer, or a SUPERVISOR of the office: no calls while paused; its ticket stays, `open` stays true',
  })
  pauseCounter(
    @Args('counterId', { type: () => ID }) counterId: string,
    @Args('reason') reason: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity> {
    return this.service.pause(identity, counterId, reason);
  }

  @Mutation(() => CounterModel, { description: 'Its officer, or a SUPERVISOR of the office: calls resume' })
  resumeCounter(
    @Args('counterId', { type: () => ID }) counterId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<CounterEntity> {
    return this.service.resume(identity, counterId);
  }

  @ResolveField('open', () => Boolean, { description: 'An officer holds it now (paused or not)' })
  open(@Parent() counter: CounterEntity): boolean {
    return counter.officerId !== null;
  }

  @ResolveField('status', () => CounterStatusEnum, { description: 'CLOSED, OPEN, or PAUSED (held, no calls)' })
  status(@Parent() counter: CounterEntity): CounterStatus {
    return counterStatus(counter);
  }

  /** Officers only: a public board shows the counter paused, never why. */
  @ResolveField('pauseReason', () => String, {
    nullable: true,
    description: 'Why it is paused; null unless paused, and unless the caller is an officer of the office',
  })
  pauseReason(@Parent() counter: CounterEntity, @CurrentIdentity() identity: Identity | null): string | null {
    return counter.pausedAt && actsForOffice(identity, counter.officeId) ? counter.pauseReason : null;
  }

  /**
   * Who sits there is for the office's officers (and ADMIN) only: a public board, a kiosk, an
   * anonymous caller or an applicant gets null, never a reference whose NIP or name identity could
   * be asked for (NIPs are officers' logins).
   */
  @ResolveField('officer', () => OfficerReference, {
    nullable: true,
    description: 'Resolved by identity; null unless the caller is an officer of the office',
  })
  officer(@Parent() counter: CounterEntity, @CurrentIdentity() identity: Identity | null): OfficerReference | null {
    return counter.officerId && actsForOffice(identity, counter.officeId) ? { id: counter.officerId } : null;
  }

  /** Counters are public on the board (name, stages), so references need no check; their officer has one. */
  @ResolveReference()
  resolveReference(reference: { id: string }, context: RequestContext): Promise<CounterEntity | null> | null {
    if (!isUuid(reference.id)) return null;
    return requestLoader(context, 'counter', (ids) => this.repository.findByIds(ids)).load(reference.id);
  }
}
