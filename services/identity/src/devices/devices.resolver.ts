import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity } from '@antrian/subgraph';
import { DeviceRegistrationModel } from './device.model';
import { DevicesService } from './devices.service';
import { RegisterDeviceInput } from './register-device.input';

@Resolver(() => DeviceRegistrationModel)
export class DevicesResolver {
  constructor(private readonly devices: DevicesService) {}

  @Mutation(() => DeviceRegistrationModel, {
    description:
      'SUPERVISOR of the office, or ADMIN; NOT_FOUND for an office identity has not yet heard of from scheduling',
  })
  registerDevice(
    @Args('input') input: RegisterDeviceInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<DeviceRegistrationModel> {
    return this.devices.register(identity, input);
  }
}
