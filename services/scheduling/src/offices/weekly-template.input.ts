import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { DateScalar, IsDisplayText } from '@antrian/subgraph';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested, IsString } from 'class-validator';

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

@InputType()
export class AddHolidayInput {
  @Field(() => ID, { nullable: true, description: 'Null: a national holiday or collective leave day' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an office id' })
  officeId?: string | null;

  /** Already a real YYYY-MM-DD date: the Date scalar checked it. */
  @Field(() => DateScalar)
  @IsString()
  date!: string;

  @Field()
  @Matches(/^.{1,200}$/, { message: 'must be 1-200 characters' })
  @IsDisplayText()
  name!: string;
}
