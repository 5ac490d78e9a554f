import { DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@antrian/messaging';
import { SUBGRAPH_MIGRATIONS } from '@antrian/subgraph';
import { BookingEntity } from './bookings/booking.entity';
import { SchedulingConfig } from './config/scheduling.config';
import { FamilyMemberCopyEntity } from './family-members/family-member-copy.entity';
import { CreateSchedulingSchema1764400000000 } from './migrations/1764400000000-create-scheduling-schema';
import { FamilyMemberBookings1764500000000 } from './migrations/1764500000000-family-member-bookings';
import { BookingGuards1764610000000 } from './migrations/1764610000000-booking-guards';
import { ReconciliationCaseEntity } from './reconciliation/reconciliation-case.entity';
import { BookingVersionAndReconciliation1766000000100 } from './migrations/1766000000100-booking-version-and-reconciliation';
import { HolidayEntity } from './offices/holiday.entity';
import { OfficeEntity } from './offices/office.entity';
import { TemplateSlotEntity } from './offices/template-slot.entity';
import { PersonFactsEntity } from './person-facts/person-facts.entity';
import { SessionEntity } from './sessions/session.entity';

export const SCHEDULING_ENTITIES = [
  OfficeEntity,
  TemplateSlotEntity,
  HolidayEntity,
  SessionEntity,
  BookingEntity,
  FamilyMemberCopyEntity,
  PersonFactsEntity,
  ReconciliationCaseEntity,
];

export function schedulingDataSourceOptions(
  config: Pick<SchedulingConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return serviceDataSourceOptions({
    url: config.DATABASE_URL,
    applicationName: 'antrian-scheduling',
    poolSize: config.DATABASE_POOL_SIZE,
    entities: [...SCHEDULING_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      // Before the service's own: the migration test takes the list up to the schema as "the previous version".
      ...SUBGRAPH_MIGRATIONS,
      CreateSchedulingSchema1764400000000,
      FamilyMemberBookings1764500000000,
      BookingGuards1764610000000,
      BookingVersionAndReconciliation1766000000100,
    ],
  });
}
