import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HolidayEntity } from './holiday.entity';

/** National holidays and collective leave days (no office), and one office's closing days. */
@Injectable()
export class HolidayRepository {
  insert(manager: EntityManager, holiday: Omit<HolidayEntity, 'id'>): Promise<HolidayEntity> {
    const repository = manager.getRepository(HolidayEntity);
    return repository.save(repository.create(holiday));
  }
}
