import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@antrian/subgraph';

@ObjectType('Applicant')
@Directive('@key(fields: "id")')
export class ApplicantModel {
  @Field(() => ID)
  id!: string;

  /** Resolved by ApplicantsResolver, which masks it for anyone but the owner, officers of a serving office and ADMIN. */
  nik!: string;

  @Field()
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this account last signed in' })
  lastSignInAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Set when an officer released the NIK this account held to its owner: it no longer signs in and its bookings are cancelled',
  })
  closedAt!: Date | null;
}
