import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ReleaseMode } from '../calendar/office-calendar';
import { ReleaseModeEnum } from './office.model';

/** The rules a supervisor sets for her office; fields left out keep their value. */
@InputType()
export class UpdateOfficeRulesInput {
  @Field(() => ID)
  @IsUUID()
  officeId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 60)
  bookingClosesMinutesBefore?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30 * 24 * 60)
  changeCutoffMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  checkInOpensMinutesBefore?: number;

  @Field(() => ReleaseModeEnum, { nullable: true })
  @IsOptional()
  @IsIn(['ROLLING', 'MONTHLY'])
  releaseMode?: ReleaseMode;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  releaseDaysAhead?: number;

  @Field(() => Int, { nullable: true, description: 'How often one booking may be rescheduled (0: never)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  maxReschedules?: number;

  @Field(() => Int, { nullable: true, description: 'Least seconds between two calls of one ticket' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  recallGapSeconds?: number;

  @Field(() => Int, { nullable: true, description: 'Calls of one ticket before it may only be marked a no-show' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  maxCalls?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day, HH:MM' })
  releaseTime?: string;
}
