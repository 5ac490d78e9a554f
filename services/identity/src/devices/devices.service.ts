import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity } from '@antrian/auth';
import { DomainError, requireOfficeManager } from '@antrian/subgraph';
import { AuthService } from '../auth/auth.service';
import { OfficeCopyRepository } from '../offices/office-copy.repository';
import { DeviceEntity } from './device.entity';
import { DeviceRegistrationModel } from './device.model';
import { RegisterDeviceInput } from './register-device.input';

@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
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
    if (!(await this.offices.exists(input.officeId))) throw new DomainError('NOT_FOUND', 'No such office');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(DeviceEntity);
      const device = await repository.save(
        repository.create({ officeId: input.officeId, kind: input.kind, name: input.name.trim() }),
      );
      const credentials = await this.auth.issue(manager, { kind: 'device', entity: device }, randomUUID(), now);
      return { device, credentials };
    });
  }
}
