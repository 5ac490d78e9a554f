import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { message } from '@antrian/messages';
import { Identity, managesOffice } from '@antrian/auth';
import { DomainError, requireIdentity, requireOfficeManager } from '@antrian/subgraph';
import { SessionsService } from '../sessions/sessions.service';
import { OfficeCopyRepository } from '../offices/office-copy.repository';
import { requireUuid } from '../shared/ids';
import { DeviceEntity } from './device.entity';
import { DeviceRegistrationModel } from './device.model';
import { DeviceRepository } from './device.repository';
import { RegisterDeviceInput } from './register-device.input';

@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly devices: DeviceRepository,
    private readonly sessions: SessionsService,
    private readonly offices: OfficeCopyRepository,
  ) {}

  /**
   * A supervisor sets up a kiosk or board of her office and gets its first session. Its tokens
   * say `kind: device`, the office and KIOSK or BOARD, and nothing more: a kiosk can only check
   * applicants in at that office, a board only watch it (the counter service enforces both).
   * The office must be one identity has heard of from scheduling (`NOT_FOUND` otherwise, with
   * nothing written), so no device holds credentials for an office that does not exist.
   */
  async register(
    actor: Identity | null,
    input: RegisterDeviceInput,
    now = new Date(),
  ): Promise<DeviceRegistrationModel> {
    requireOfficeManager(actor, input.officeId);
    // Scheduling owns offices; identity knows them from its events, a moment after their creation.
    if (!(await this.offices.exists(input.officeId)))
      throw new DomainError('NOT_FOUND', message('identity.noSuchOffice'));
    return this.dataSource.transaction(async (manager) => {
      const device = await this.devices.insert(manager, {
        officeId: input.officeId,
        kind: input.kind,
        name: input.name.trim(),
      });
      const credentials = await this.sessions.start(manager, { kind: 'device', entity: device }, now);
      return { device, credentials };
    });
  }

  devicesOf(actor: Identity | null, officeId: string): Promise<DeviceEntity[]> {
    requireOfficeManager(actor, requireUuid(officeId, 'office'));
    return this.devices.findByOffice(officeId);
  }

  /**
   * A lost or retired kiosk or board stops working at once: its sessions end and AccessRevoked
   * makes every gateway refuse its access tokens and close its WebSockets. Revoking it again
   * changes nothing.
   */
  async revoke(actor: Identity | null, deviceId: string, now = new Date()): Promise<DeviceEntity> {
    requireIdentity(actor);
    requireUuid(deviceId, 'device');
    const device = await this.dataSource.transaction(async (manager) => {
      const device = await this.devices.findForUpdate(manager, deviceId);
      if (!device) return null;
      requireOfficeManager(actor, device.officeId);
      if (device.revokedAt) return device;
      await this.devices.revoke(manager, device.id, now);
      await this.sessions.endAll(manager, { kind: 'device', id: device.id }, now);
      return { ...device, revokedAt: now };
    });
    if (!device) throw new DomainError('NOT_FOUND', message('identity.noSuchDevice'));
    return device;
  }

  /** A device, for a SUPERVISOR of its office or an ADMIN; null for anyone else. */
  async findVisible(actor: Identity | null, ids: readonly string[]): Promise<Map<string, DeviceEntity>> {
    const found = await this.devices.findByIds(ids);
    return new Map([...found].filter(([, device]) => managesOffice(actor, device.officeId)));
  }
}
