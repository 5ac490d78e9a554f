import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { DateScalar, IsDisplayText } from '@antrian/subgraph';

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

  /** The holiday's name, or the reason a supervisor closes her office (told to applicants whose bookings it cancels). */
  @Field()
  @Matches(/^.{1,200}$/, { message: 'must be 1-200 characters' })
  @IsDisplayText()
  name!: string;
}
