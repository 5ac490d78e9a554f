import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from '@antrian/logging';
import { EventBus, MessagingModule } from '@antrian/messaging';
import { HealthModule, SubgraphGraphQLModule } from '@antrian/subgraph';
import { BookingsModule } from './bookings/bookings.module';
import { SCHEDULING_CONFIG, SCHEDULING_LOGGER, SchedulingConfig } from './config/scheduling.config';
import { ConsumersModule } from './consumers/consumers.module';
import { OfficesModule } from './offices/offices.module';
import { schedulingDataSourceOptions } from './scheduling-data-source';

export interface SchedulingModuleOptions {
  config: SchedulingConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

@Global()
@Module({})
class SchedulingCoreModule {
  static register(options: SchedulingModuleOptions): DynamicModule {
    return {
      module: SchedulingCoreModule,
      providers: [
        { provide: SCHEDULING_CONFIG, useValue: options.config },
        { provide: SCHEDULING_LOGGER, useValue: options.logger },
      ],
      exports: [SCHEDULING_CONFIG, SCHEDULING_LOGGER],
    };
  }
}

@Module({})
export class SchedulingModule {
  static register(options: SchedulingModuleOptions): DynamicModule {
    const schemaOnly = options.schemaOnly ?? false;
    return {
      module: SchedulingModule,
      imports: [
        SchedulingCoreModule.register(options),
        TypeOrmModule.forRoot({ ...schedulingDataSourceOptions(options.config), manualInitialization: schemaOnly }),
        SubgraphGraphQLModule.forRoot({
          gatewaySecret: options.config.GATEWAY_SECRET,
          production: options.config.NODE_ENV === 'production',
          logger: options.logger,
        }),
        MessagingModule.forRoot({ bus: options.bus, relay: !schemaOnly }),
        HealthModule,
        OfficesModule,
        BookingsModule,
        ...(schemaOnly ? [] : [ConsumersModule]),
      ],
    };
  }
}
