import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DeviceEntity } from './device.entity';

export type NewDevice = Pick<DeviceEntity, 'officeId' | 'kind' | 'name'>;

/** The offices' kiosks and boards. */
@Injectable()
export class DeviceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(DeviceEntity);
  }

  insert(manager: EntityManager, device: NewDevice): Promise<DeviceEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(device));
  }

  findById(id: string, manager?: EntityManager): Promise<DeviceEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** The row, locked until the transaction ends, so that two revocations of one device take turns. */
  findForUpdate(manager: EntityManager, id: string): Promise<DeviceEntity | null> {
    return this.repo(manager).createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, DeviceEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** An office's devices, revoked ones included, oldest first. */
  findByOffice(officeId: string): Promise<DeviceEntity[]> {
    return this.repo().find({ where: { officeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { revokedAt: at });
  }
}
