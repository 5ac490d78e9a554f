import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketModel } from '../tickets/tickets/ticket.model';
import { CallsService } from './calls.service';
import { TicketMovesService } from './ticket-moves.service';

const TicketIdArg = () => Args('ticketId', { type: () => ID });

@Resolver(() => TicketModel)
export class CallsResolver {
  constructor(
    private readonly calls: CallsService,
    private readonly moves: TicketMovesService,
  ) {}

  @Mutation(() => TicketModel, {
    nullable: true,
    description: 'The officer holding the counter: the next ticket for its stages; null when nobody waits',
  })
  callNext(
    @Args('counterId', { type: () => ID }) counterId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity | null> {
    return this.calls.callNext(identity, counterId);
  }

  @Mutation(() => TicketModel, {
    description:
      'The officer holding the counter calls a chosen waiting ticket of its stages, out of calling order; ' +
      'like callNext, never while paused and never a ticket another call took',
  })
  callTicket(
    @Args('counterId', { type: () => ID }) counterId: string,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.calls.callTicket(identity, counterId, ticketId);
  }

  @Mutation(() => TicketModel, {
    description: 'Sends a called or served ticket on to another open, free counter of its stage, where it is called',
  })
  transferTicket(
    @TicketIdArg() id: string,
    @Args('counterId', { type: () => ID }) counterId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.moves.transfer(identity, id, counterId);
  }

  @Mutation(() => TicketModel, { description: 'Announces a called ticket again' })
  recall(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.recall(identity, id);
  }

  @Mutation(() => TicketModel, { description: 'CALLED → SERVING, at the officer’s counter' })
  startService(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.startService(identity, id);
  }

  @Mutation(() => TicketModel, {
    description:
      'Moves to the next stage, or DONE after ADJUDICATION (which may be completed straight from WAITING at an open ADJUDICATION counter)',
  })
  completeStage(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.completeStage(identity, id);
  }

  @Mutation(() => TicketModel, { description: 'CALLED → NO_SHOW; it may re-join later the same day' })
  markNoShow(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.markNoShow(identity, id);
  }

  @Mutation(() => TicketModel, { description: 'An officer of the office: a no-show back to the end of its stage' })
  rejoinQueue(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.rejoinQueue(identity, id);
  }

  @Mutation(() => TicketModel, { description: 'ON_HOLD, e.g. while the applicant fetches a missing document' })
  holdTicket(
    @TicketIdArg() id: string,
    @Args('reason') reason: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<TicketEntity> {
    return this.moves.holdTicket(identity, id, reason);
  }

  @Mutation(() => TicketModel, { description: 'ON_HOLD → WAITING at its original place in the queue' })
  resumeTicket(@TicketIdArg() id: string, @CurrentIdentity() identity: Identity | null): Promise<TicketEntity> {
    return this.moves.resumeTicket(identity, id);
  }
}
