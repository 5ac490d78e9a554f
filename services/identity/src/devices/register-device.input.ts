import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { DeviceKind } from '@antrian/auth';
import { DeviceKindEnum } from './device.model';
import { IsDisplayText } from '@antrian/subgraph';

@InputType()
export class RegisterDeviceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an office id' })
  officeId!: string;

  @Field(() => DeviceKindEnum)
  @IsIn(['KIOSK', 'BOARD'])
  kind!: DeviceKind;

  @Field({ description: 'Where it stands, e.g. "Kiosk at the entrance"' })
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  name!: string;
}
