import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Stage } from '@antrian/contracts';
import { StageEnum } from '../shared/counter-enums';

@ObjectType('Counter')
@Directive('@key(fields: "id")')
export class CounterModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  officeId!: string;

  @Field(() => [StageEnum], { description: 'The stages whose tickets it calls' })
  stages!: Stage[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its officer opened it; null while closed' })
  openedAt!: Date | null;
}
