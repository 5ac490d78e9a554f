import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class TemplateSlotInput {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 5 = Friday' })
  @IsInt()
  @Min(1)
  @Max(5)
  weekday!: number;

  @Field({ description: 'Office-local HH:MM' })
  @Matches(TIME, { message: 'must be a time of day, HH:MM' })
  start!: string;

  @Field({ description: 'Office-local HH:MM' })
  @Matches(TIME, { message: 'must be a time of day, HH:MM' })
  end!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000)
  capacity!: number;
}

@InputType()
export class SetWeeklyTemplateInput {
  @Field(() => ID)
  @IsUUID()
  officeId!: string;

  @Field(() => [TemplateSlotInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TemplateSlotInput)
  slots!: TemplateSlotInput[];
}
