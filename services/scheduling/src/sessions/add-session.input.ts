import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SERVICE_KINDS, ServiceKind } from '@antrian/contracts';
import { ServiceKindEnum } from '../shared/scheduling-enums';

@InputType()
export class AddSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an office id' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity!: number;

  @Field(() => [ServiceKindEnum], {
    nullable: true,
    description: 'Only these service kinds (a special service day); default all',
  })
  @IsOptional()
  @ArrayUnique()
  @IsIn(SERVICE_KINDS, { each: true })
  services?: ServiceKind[] | null;
}
