import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Exactly one of qrToken (scanned at a kiosk) and bookingCode (typed by an officer). */
@InputType()
export class CheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an office id' })
  officeId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  qrToken?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  bookingCode?: string | null;
}
