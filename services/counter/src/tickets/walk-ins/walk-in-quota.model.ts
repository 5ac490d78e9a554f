import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@antrian/subgraph';

@ObjectType('WalkInQuota')
export class WalkInQuotaModel {
  @Field(() => ID)
  officeId!: string;

  @Field(() => DateScalar, { description: 'Office-local today' })
  date!: string;

  @Field(() => Int, { description: 'Walk-in tickets without a priority group (lane W) allowed per office-local day' })
  cap!: number;

  @Field(() => Int, { description: 'Walk-in tickets without a priority group issued today' })
  issued!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => Int, {
    description: 'Priority walk-in tickets (lane P, a quota of their own) allowed per office-local day',
  })
  priorityCap!: number;

  @Field(() => Int, { description: 'Priority walk-in tickets issued today' })
  priorityIssued!: number;

  @Field(() => Int)
  priorityRemaining!: number;
}
