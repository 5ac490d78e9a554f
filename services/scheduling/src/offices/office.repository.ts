import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OfficeEntity } from './office.entity';

export type NewOffice = Pick<OfficeEntity, 'code' | 'name' | 'timeZone' | 'address'>;

/** The offices and their rules. */
@Injectable()
export class OfficeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(OfficeEntity);
  }

  list(manager?: EntityManager): Promise<OfficeEntity[]> {
    return this.repo(manager).find({ order: { name: 'ASC' } });
  }

  findById(id: string, manager?: EntityManager): Promise<OfficeEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, OfficeEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  insert(manager: EntityManager, office: NewOffice): Promise<OfficeEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(office));
  }

  /** Locked until the caller's transaction ends, so two rule changes of one office take turns. */
  lockById(manager: EntityManager, id: string): Promise<OfficeEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, office: OfficeEntity): Promise<OfficeEntity> {
    return this.repo(manager).save(office);
  }
}
