import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OfficeCopyEntity } from './office-copy.entity';

/** Identity's copy of the offices scheduling owns; offices are never removed, so a known id stays known. */
@Injectable()
export class OfficeCopyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  exists(officeId: string): Promise<boolean> {
    return this.dataSource.manager.exists(OfficeCopyEntity, { where: { id: officeId } });
  }

  /** A redelivered event finds the office already there and changes nothing. */
  async record(manager: EntityManager, officeId: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(OfficeCopyEntity).values({ id: officeId }).orIgnore().execute();
  }
}
