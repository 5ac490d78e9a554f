import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { subgraphFoundation } from '@antrian/subgraph';
import { AnnouncementsModule } from './announcements/announcements.module';
import { BoardModule } from './board/board.module';
import { CallsModule } from './calls/calls.module';
import { COUNTER_CONFIG, COUNTER_LOGGER, CounterConfig } from './config/counter.config';
import { ConsumersModule } from './consumers/consumers.module';
import { JobsModule } from './jobs/jobs.module';
import { counterDataSourceOptions } from './counter-data-source';
import { CountersModule } from './counters/counters.module';
import { FloorOverviewModule } from './floor-overview/floor-overview.module';
import { LiveModule } from './live/live.module';
import { MyTicketsModule } from './my-tickets/my-tickets.module';
import { PriorityModule } from './priority/priority.module';
import { ReplicaModule } from './replica/replica.module';
import { ReportsModule } from './reports/reports.module';
import { TicketFollowModule } from './ticket-follow/ticket-follow.module';
import { SharedModule } from './shared/shared.module';
import { TicketsModule } from './tickets/tickets.module';

export interface OfficeFloorServiceOptions {
  config: CounterConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

/**
 * The counter service's root: the office floor (its counters, tickets, calls, board and reports),
 * as one subgraph. Not to be mixed up with CountersModule, the desks themselves.
 */
@Module({})
export class OfficeFloorServiceModule {
  static register(options: OfficeFloorServiceOptions): DynamicModule {
    const schemaOnly = options.schemaOnly ?? false;
    return {
      module: OfficeFloorServiceModule,
      imports: [
        ...subgraphFoundation({
          ...options,
          name: 'counter',
          configToken: COUNTER_CONFIG,
          loggerToken: COUNTER_LOGGER,
          dataSource: counterDataSourceOptions(options.config),
          schemaOnly,
        }),
        SharedModule,
        LiveModule,
        ReplicaModule,
        CountersModule,
        TicketsModule,
        CallsModule,
        PriorityModule,
        BoardModule,
        AnnouncementsModule,
        ReportsModule,
        FloorOverviewModule,
        MyTicketsModule,
        TicketFollowModule,
        ...(schemaOnly ? [] : [ConsumersModule, JobsModule]),
      ],
    };
  }
}
