import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DateScalar, IsDisplayText } from '@antrian/subgraph';
import { FULL_NAME_MAX_LENGTH } from '../shared/person-details';

/** Her account holder corrects a family member's details; a field left out keeps its value. */
@InputType()
export class UpdateFamilyMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family member id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, FULL_NAME_MAX_LENGTH)
  @IsDisplayText()
  fullName?: string | null;

  /** A birth date only where it still matches her NIK (checked by the service: INVALID_NIK). */
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  birthDate?: string | null;
}
