import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@antrian/subgraph';

@ObjectType('Holiday')
export class HolidayModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null: national' })
  officeId!: string | null;

  @Field(() => DateScalar)
  date!: string;

  @Field()
  name!: string;
}
