import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { groupBy } from '../shared/group-by';
import { PersonServingOfficeEntity } from './person-serving-office.entity';

/** Which offices serve which people: identity's copy, fed by scheduling's booking events. */
@Injectable()
export class ServingOfficeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The serving offices of each of these people, in one query; a person no office serves is left out. */
  async findByPersonIds(personIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.manager.find(PersonServingOfficeEntity, {
      where: { personId: In([...personIds]) },
    });
    return groupBy(
      rows,
      (row) => row.personId,
      (row) => row.officeId,
    );
  }

  /** Records that the office serves the person; a pair already there stays as it is. */
  async record(manager: EntityManager, personId: string, officeId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PersonServingOfficeEntity)
      .values({ personId, officeId })
      .orIgnore()
      .execute();
  }
}
