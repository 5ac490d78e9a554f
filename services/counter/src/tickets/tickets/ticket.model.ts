import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PriorityGroup, Stage, TicketStatus } from '@antrian/contracts';
import { DateScalar } from '@antrian/subgraph';
import { StageEnum, TicketStatusEnum } from '../../shared/counter-enums';

@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. A-017, P-003, W-004; unique per office, lane and local day' })
  number!: string;

  @Field(() => TicketStatusEnum)
  status!: TicketStatus;

  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => ID)
  officeId!: string;

  @Field(() => DateScalar, { description: 'The office-local day it was issued' })
  localDate!: string;

  /** Resolved by TicketsResolver: personal, so shown only to those who may see the ticket. */
  priority!: PriorityGroup | null;

  @Field(() => GraphQLISODateTime)
  checkedInAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Booked tickets: when the session starts' })
  sessionStartsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The latest call of its present stage' })
  calledAt!: Date | null;

  @Field(() => Int, { description: 'How often its present call was announced (recalls included)' })
  callCount!: number;

  /** Resolved by TicketsResolver, like priority. */
  holdReason!: string | null;
}
