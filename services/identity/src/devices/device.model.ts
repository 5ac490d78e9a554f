import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeviceKind } from '@antrian/auth';
import { AuthPayloadModel } from '../auth/auth-payload.model';

export const DeviceKindEnum = { KIOSK: 'KIOSK', BOARD: 'BOARD' } as const;
registerEnumType(DeviceKindEnum, {
  name: 'DeviceKind',
  description: 'KIOSK: checks applicants in at its office; BOARD: only watches its office',
});

@ObjectType('Device', { description: 'A kiosk or display board of one office' })
@Directive('@key(fields: "id")')
export class DeviceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  officeId!: string;

  @Field(() => DeviceKindEnum)
  kind!: DeviceKind;

  @Field()
  name!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set once revoked: its tokens stopped working then, and it cannot renew them',
  })
  revokedAt!: Date | null;
}

@ObjectType('DeviceRegistration')
export class DeviceRegistrationModel {
  @Field(() => DeviceModel)
  device!: DeviceModel;

  @Field(() => AuthPayloadModel, {
    description: 'The device’s first session; it renews it with refreshSession like any other client',
  })
  credentials!: AuthPayloadModel;
}
