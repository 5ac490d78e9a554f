import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NikReleaseEntity } from './nik-release.entity';

export type NewNikRelease = Omit<NikReleaseEntity, 'id'>;

/** The audit records of NIK releases; written, never changed. */
@Injectable()
export class NikReleaseRepository {
  async record(manager: EntityManager, release: NewNikRelease): Promise<NikReleaseEntity> {
    const repo = manager.getRepository(NikReleaseEntity);
    return repo.save(repo.create(release));
  }
}
