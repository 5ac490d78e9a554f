import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonFacts } from '@antrian/contracts';
import { PersonFactsEntity } from './person-facts.entity';

@Injectable()
export class PersonFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(personId: string, manager: EntityManager = this.dataSource.manager): Promise<PersonFacts | null> {
    const row = await manager.findOneBy(PersonFactsEntity, { personId });
    return row && { birthDate: row.birthDate, sex: row.sex };
  }

  /** Keeps the newest statement: a redelivered or late older event leaves newer facts alone. */
  async record(manager: EntityManager, personId: string, facts: PersonFacts, asOf: Date): Promise<void> {
    await manager.query(
      `INSERT INTO person_facts AS f (person_id, birth_date, sex, as_of) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id) DO UPDATE SET birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex, as_of = EXCLUDED.as_of
        WHERE f.as_of <= EXCLUDED.as_of`,
      [personId, facts.birthDate, facts.sex, asOf],
    );
  }
}
