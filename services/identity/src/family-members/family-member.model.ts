import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@antrian/subgraph';

@ObjectType('FamilyMember', { description: 'A person an applicant books for on her account, with her own NIK' })
@Directive('@key(fields: "id")')
export class FamilyMemberModel {
  @Field(() => ID)
  id!: string;

  /** Resolved by FamilyMembersResolver, which masks it as it masks her account holder's (see mayReadWholeNik). */
  nik!: string;

  @Field()
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;
}
