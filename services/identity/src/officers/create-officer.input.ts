import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OFFICER_ROLES, OfficerRole } from '@antrian/contracts';
import { OfficerRoleEnum } from '../shared/officer-role.enum';
import { IsDisplayText } from '@antrian/subgraph';

@InputType()
export class CreateOfficerInput {
  /** Checked against the NIP rules by the service. */
  @Field()
  @IsString()
  nip!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  fullName!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an office id' })
  officeId?: string | null;

  @Field(() => [OfficerRoleEnum])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(OFFICER_ROLES.length)
  @ArrayUnique()
  @IsIn(OFFICER_ROLES, { each: true })
  roles!: OfficerRole[];

  @Field()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200)
  password!: string;
}
