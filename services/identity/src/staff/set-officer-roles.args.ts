import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString } from 'class-validator';
import { OFFICER_ROLES, OfficerRole } from '@antrian/contracts';
import { OfficerRoleEnum } from '../shared/officer-role.enum';

@ArgsType()
export class SetOfficerRolesArgs {
  /** Checked to be an officer id by the service. */
  @Field(() => ID)
  @IsString()
  officerId!: string;

  @Field(() => [OfficerRoleEnum])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(OFFICER_ROLES.length)
  @ArrayUnique()
  @IsIn(OFFICER_ROLES, { each: true })
  roles!: OfficerRole[];
}
