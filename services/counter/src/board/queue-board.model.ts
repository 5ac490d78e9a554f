import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Stage } from '@antrian/contracts';
import { DateScalar } from '@antrian/subgraph';
import { CounterEntity } from '../counters/counter.entity';
import { CounterModel } from '../counters/counter.model';
import { StageEnum } from '../shared/counter-enums';
import { TicketEntity } from '../tickets/tickets/ticket.entity';
import { TicketModel } from '../tickets/tickets/ticket.model';

@ObjectType('CounterCall')
export class CounterCallModel {
  @Field(() => CounterModel)
  counter!: CounterEntity;

  @Field(() => TicketModel)
  ticket!: TicketEntity;
}

@ObjectType('StageQueue')
export class StageQueueModel {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { description: 'Tickets waiting for this stage now' })
  waiting!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Mean wait of today’s tickets at this stage, from joining its queue to being called; null before any call',
  })
  averageWaitSeconds!: number | null;
}

@ObjectType('QueueBoard')
export class QueueBoardModel {
  @Field(() => ID)
  officeId!: string;

  @Field(() => DateScalar, { description: 'Office-local today' })
  date!: string;

  @Field(() => [CounterCallModel], {
    description:
      'Tickets called or served at open counters, latest call first (adjudication, done without the applicant, is not shown)',
  })
  nowServing!: CounterCallModel[];

  @Field(() => [CounterModel], {
    description:
      'Every counter of the office, by name, with its status: a paused one shows as PAUSED, ticket or not (never why, never who)',
  })
  counters!: CounterEntity[];

  @Field(() => [StageQueueModel], { description: 'Every stage, in the order a ticket goes through them' })
  queues!: StageQueueModel[];

  @Field(() => GraphQLISODateTime, { description: 'When this board was read' })
  updatedAt!: Date;
}
