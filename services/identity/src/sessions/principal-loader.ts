import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PrincipalKind } from '@antrian/auth';
import { ApplicantRepository } from '../applicants/applicant.repository';
import { DeviceRepository } from '../devices/device.repository';
import { OfficerRepository } from '../officers/officer.repository';
import { Principal } from './principal';

/** Finds whoever a session belongs to, active or not. */
@Injectable()
export class PrincipalLoader {
  constructor(
    private readonly applicants: ApplicantRepository,
    private readonly officers: OfficerRepository,
    private readonly devices: DeviceRepository,
  ) {}

  async load(manager: EntityManager, kind: PrincipalKind, id: string): Promise<Principal | null> {
    switch (kind) {
      case 'applicant': {
        const entity = await this.applicants.findById(id, manager);
        return entity && { kind, entity };
      }
      case 'officer': {
        const entity = await this.officers.findById(id, manager);
        return entity && { kind, entity };
      }
      case 'device': {
        const entity = await this.devices.findById(id, manager);
        return entity && { kind, entity };
      }
    }
  }
}
