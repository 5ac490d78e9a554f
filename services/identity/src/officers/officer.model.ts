import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { OfficerRole } from '@antrian/contracts';
import { OfficerRoleEnum } from '../shared/officer-role.enum';

@ObjectType('Officer')
@Directive('@key(fields: "id")')
export class OfficerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  nip!: string;

  @Field()
  fullName!: string;

  @Field(() => ID, { nullable: true, description: 'Null for national administrators' })
  officeId!: string | null;

  @Field(() => [OfficerRoleEnum])
  roles!: OfficerRole[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this account last signed in' })
  lastSignInAt!: Date | null;
}
