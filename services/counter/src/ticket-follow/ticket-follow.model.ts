import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Stage, TicketStatus } from '@antrian/contracts';
import { StageEnum, TicketStatusEnum } from '../shared/counter-enums';

@ObjectType('TicketFollow', { description: 'What a printed ticket’s holder may see: no person, no booking' })
export class TicketFollowModel {
  @Field()
  number!: string;

  @Field(() => TicketStatusEnum)
  status!: TicketStatus;

  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { nullable: true, description: '1 = next for its stage; null unless WAITING' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'Until it is called; null unless WAITING' })
  estimatedWaitSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'Where to go, once called' })
  counterName!: string | null;

  @Field(() => ID)
  officeId!: string;
}
