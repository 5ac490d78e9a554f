import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@antrian/subgraph';
import { StageQueueModel } from '../board/queue-board.model';
import { CounterEntity } from '../counters/counter.entity';
import { CounterModel } from '../counters/counter.model';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketModel } from '../tickets/tickets/ticket.model';

@ObjectType('OfficeFloor', { description: 'An office’s floor as its officers and supervisor see it' })
export class OfficeFloorModel {
  @Field(() => ID)
  officeId!: string;

  @Field(() => DateScalar, { description: 'Office-local today' })
  date!: string;

  @Field(() => [CounterModel], { description: 'Every counter with its status, officer and current ticket' })
  counters!: CounterEntity[];

  @Field(() => [StageQueueModel], { description: 'Every stage, in the order a ticket goes through them' })
  queues!: StageQueueModel[];

  @Field(() => [TicketModel], { description: 'Today’s tickets on hold, longest held first' })
  onHold!: TicketEntity[];

  @Field(() => Int, {
    nullable: true,
    description: 'Of the tickets waiting now: the longest wait so far; null when none waits',
  })
  longestWaitSeconds!: number | null;

  @Field(() => Int, { description: 'Stage visits completed today (as in the day report)' })
  servedToday!: number;

  @Field(() => Int, { description: 'Stage visits that ended as no-shows today (as in the day report)' })
  noShowsToday!: number;

  @Field(() => GraphQLISODateTime, { description: 'When this floor was read' })
  updatedAt!: Date;
}
