import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OfficerRole } from '@antrian/contracts';
import { OfficerEntity } from './officer.entity';

export type NewOfficer = Pick<OfficerEntity, 'nip' | 'fullName' | 'officeId' | 'roles' | 'passwordHash'>;

/** The officers, national administrators included. */
@Injectable()
export class OfficerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(OfficerEntity);
  }

  insert(manager: EntityManager, officer: NewOfficer): Promise<OfficerEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(officer));
  }

  anyAdmin(manager: EntityManager): Promise<boolean> {
    return this.repo(manager).createQueryBuilder('o').where(`'ADMIN' = ANY (o.roles)`).getExists();
  }

  findById(id: string, manager?: EntityManager): Promise<OfficerEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** The row, locked until the transaction ends, so that changes to one officer take turns. */
  findForUpdate(manager: EntityManager, id: string): Promise<OfficerEntity | null> {
    return this.repo(manager).createQueryBuilder('o').where('o.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, OfficerEntity>> {
    const rows = await this.repo().findBy({ id: In([...ids]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  findByNip(nip: string): Promise<OfficerEntity | null> {
    return this.repo().findOneBy({ nip });
  }

  /** An office's officers, deactivated ones included, by name. */
  findByOffice(officeId: string): Promise<OfficerEntity[]> {
    return this.repo().find({ where: { officeId }, order: { fullName: 'ASC', id: 'ASC' } });
  }

  async markSignedIn(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { lastSignInAt: at });
  }

  async setRoles(manager: EntityManager, id: string, roles: OfficerRole[]): Promise<void> {
    await this.repo(manager).update({ id }, { roles });
  }

  async deactivate(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { deactivatedAt: at });
  }
}
