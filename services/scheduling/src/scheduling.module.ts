import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from '@antrian/logging';
import { EventBus } from '@antrian/messaging';
import { subgraphFoundation } from '@antrian/subgraph';
import { ArrivalsModule } from './arrivals/arrivals.module';
import { BookingsModule } from './bookings/bookings.module';
import { SCHEDULING_CONFIG, SCHEDULING_LOGGER, SchedulingConfig } from './config/scheduling.config';
import { CancellationsModule } from './cancellations/cancellations.module';
import { ConsumersModule } from './consumers/consumers.module';
import { HolidaysModule } from './holidays/holidays.module';
import { OfficesModule } from './offices/offices.module';
import { schedulingDataSourceOptions } from './scheduling-data-source';

export interface SchedulingModuleOptions {
  config: SchedulingConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

@Module({})
export class SchedulingModule {
  static register(options: SchedulingModuleOptions): DynamicModule {
    const schemaOnly = options.schemaOnly ?? false;
    return {
      module: SchedulingModule,
      imports: [
        ...subgraphFoundation({
          ...options,
          name: 'scheduling',
          configToken: SCHEDULING_CONFIG,
          loggerToken: SCHEDULING_LOGGER,
          dataSource: schedulingDataSourceOptions(options.config),
          schemaOnly,
        }),
        OfficesModule,
        BookingsModule,
        CancellationsModule,
        HolidaysModule,
        ArrivalsModule,
        ...(schemaOnly ? [] : [ConsumersModule]),
      ],
    };
  }
}
