import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken!: string;

  @Field({ description: 'Works once: refreshSession answers with a new one' })
  refreshToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token expires' })
  expiresAt!: Date;
}
