import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceKind } from '@antrian/contracts';
import { DateScalar } from '@antrian/subgraph';
import { ServiceKindEnum } from '../shared/scheduling-enums';

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Places still free, exact at the time of reading' })
  remaining!: number;

  @Field(() => GraphQLISODateTime, { description: 'When its places are released for booking' })
  bookableFrom!: Date;

  @Field(() => [ServiceKindEnum], { nullable: true, description: 'Null: every service kind' })
  services!: ServiceKind[] | null;

  @Field(() => String, { nullable: true, description: 'Set once the office cancelled it: no place is sold again' })
  cancelReason!: string | null;
}

@ObjectType('DayAvailability')
export class DayAvailabilityModel {
  @Field(() => DateScalar)
  date!: string;

  @Field({ description: 'A working day that is not a holiday' })
  open!: boolean;

  @Field(() => [SessionModel])
  sessions!: SessionModel[];
}
