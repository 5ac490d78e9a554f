import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@antrian/auth';
import { CurrentIdentity, RequestContext, requestLoader } from '@antrian/subgraph';
import { DeviceEntity } from './device.entity';
import { DeviceModel, DeviceRegistrationModel } from './device.model';
import { DevicesService } from './devices.service';
import { RegisterDeviceInput } from './register-device.input';

@Resolver(() => DeviceModel)
export class DevicesResolver {
  constructor(private readonly deviceService: DevicesService) {}

  @Mutation(() => DeviceRegistrationModel, {
    description:
      'SUPERVISOR of the office, or ADMIN; NOT_FOUND for an office identity has not yet heard of from scheduling',
  })
  registerDevice(
    @Args('input') input: RegisterDeviceInput,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<DeviceRegistrationModel> {
    return this.deviceService.register(identity, input);
  }

  @Query(() => [DeviceModel], {
    description: 'SUPERVISOR of the office, or ADMIN: its kiosks and boards, revoked ones included',
  })
  devices(
    @Args('officeId', { type: () => ID }) officeId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<DeviceEntity[]> {
    return this.deviceService.devicesOf(identity, officeId);
  }

  @Mutation(() => DeviceModel, {
    description: 'SUPERVISOR of its office, or ADMIN: its tokens and open WebSockets stop working at once',
  })
  revokeDevice(
    @Args('deviceId', { type: () => ID }) deviceId: string,
    @CurrentIdentity() identity: Identity | null,
  ): Promise<DeviceEntity> {
    return this.deviceService.revoke(identity, deviceId);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: RequestContext): Promise<DeviceEntity | null> {
    return requestLoader(context, 'device', (ids) => this.deviceService.findVisible(context.identity, ids)).load(
      reference.id,
    );
  }
}
