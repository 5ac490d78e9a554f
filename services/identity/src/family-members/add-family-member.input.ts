import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { DateScalar, IsDisplayText } from '@antrian/subgraph';
import { FULL_NAME_MAX_LENGTH } from '../shared/person-details';

@InputType()
export class AddFamilyMemberInput {
  /** Checked against the NIK rules by the service, which answers INVALID_NIK. */
  @Field()
  @IsString()
  nik!: string;

  @Field()
  @IsString()
  @Length(1, FULL_NAME_MAX_LENGTH)
  @IsDisplayText()
  fullName!: string;

  /** Already a real YYYY-MM-DD date: the Date scalar checked it. */
  @Field(() => DateScalar)
  @IsString()
  birthDate!: string;
}
