import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';
import { TicketModel } from '../tickets/tickets/ticket.model';
import { BoardService } from './board.service';
import { QueueBoardModel } from './queue-board.model';

const THROUGH_THE_GATEWAY = () => new DomainError('BAD_USER_INPUT', message('access.subscribeThroughGateway'));

@Resolver(() => QueueBoardModel)
export class BoardResolver {
  constructor(private readonly board: BoardService) {}

  @Query(() => QueueBoardModel, { description: 'Public, no sign-in' })
  queueBoard(@Args('officeId', { type: () => ID }) officeId: string): Promise<QueueBoardModel> {
    return this.board.queueBoard(officeId);
  }

  /**
   * Declared here so that they are part of the composed graph; the gateway serves them over
   * graphql-ws by re-running `queueBoard` when `counter.live.board.<officeId>` fires and `ticket`
   * when `counter.live.ticket.<ticketId>` does (see LiveUpdatesService).
   */
  @Subscription(() => QueueBoardModel, { description: 'Public: the board, again after every change' })
  queueBoardChanged(@Args('officeId', { type: () => ID }) _officeId: string): never {
    throw THROUGH_THE_GATEWAY();
  }

  @Subscription(() => TicketModel, { description: 'Its applicant, or an officer of its office' })
  ticketChanged(@Args('ticketId', { type: () => ID }) _ticketId: string): never {
    throw THROUGH_THE_GATEWAY();
  }
}
