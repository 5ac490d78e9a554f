import { BookingTombstoneEntity } from './replica/booking-tombstone.entity';
import { BookingTombstones1766000000200 } from './migrations/1766000000200-booking-tombstones';
import { DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@antrian/messaging';
import { SUBGRAPH_MIGRATIONS } from '@antrian/subgraph';
import { CounterConfig } from './config/counter.config';
import { CounterEntity } from './counters/counter.entity';
import { CreateCounterSchema1764500000000 } from './migrations/1764500000000-create-counter-schema';
import { AddPickupTickets1764500000001 } from './migrations/1764500000001-add-pickup-tickets';
import { AddTransferredVisits1764500000002 } from './migrations/1764500000002-add-transferred-visits';
import { AddPriorityWalkIns1764500000003 } from './migrations/1764500000003-add-priority-walk-ins';
import { FloorGuards1764610000000 } from './migrations/1764610000000-floor-guards';
import { BookingCopyEntity } from './replica/booking-copy.entity';
import { OfficeCopyEntity } from './replica/office-copy.entity';
import { SessionCopyEntity } from './replica/session-copy.entity';
import { TicketVisitEntity } from './tickets/ticket-visit.entity';
import { TicketEntity } from './tickets/ticket.entity';
import { WalkInCapEntity } from './tickets/walk-in-cap.entity';

export const COUNTER_ENTITIES = [
  OfficeCopyEntity,
  SessionCopyEntity,
  BookingCopyEntity,
  BookingTombstoneEntity,
  CounterEntity,
  TicketEntity,
  TicketVisitEntity,
  WalkInCapEntity,
];

export function counterDataSourceOptions(
  config: Pick<CounterConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return serviceDataSourceOptions({
    url: config.DATABASE_URL,
    applicationName: 'antrian-counter',
    poolSize: config.DATABASE_POOL_SIZE,
    entities: [...COUNTER_ENTITIES, ...MESSAGING_ENTITIES],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      ...SUBGRAPH_MIGRATIONS,
      CreateCounterSchema1764500000000,
      AddPickupTickets1764500000001,
      AddTransferredVisits1764500000002,
      AddPriorityWalkIns1764500000003,
      FloorGuards1764610000000,
      BookingTombstones1766000000200,
    ],
  });
}
