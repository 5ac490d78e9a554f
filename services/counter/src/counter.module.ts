import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from '@antrian/logging';
import { EventBus, MessagingModule } from '@antrian/messaging';
import { HealthModule, SubgraphGraphQLModule } from '@antrian/subgraph';
import { BoardModule } from './board/board.module';
import { CallsModule } from './calls/calls.module';
import { COUNTER_CONFIG, COUNTER_LOGGER, CounterConfig } from './config/counter.config';
import { ConsumersModule } from './consumers/consumers.module';
import { counterDataSourceOptions } from './counter-data-source';
import { CountersModule } from './counters/counters.module';
import { LiveModule } from './live/live.module';
import { ReplicaModule } from './replica/replica.module';
import { ReportsModule } from './reports/reports.module';
import { TicketsModule } from './tickets/tickets.module';

export interface CounterModuleOptions {
  config: CounterConfig;
  bus: EventBus;
  logger: Logger;
  /** Build the schema only (for `npm run compose`): no database connection, no background work. */
  schemaOnly?: boolean;
}

@Global()
@Module({})
class CounterCoreModule {
  static register(options: CounterModuleOptions): DynamicModule {
    return {
      module: CounterCoreModule,
      providers: [
        { provide: COUNTER_CONFIG, useValue: options.config },
        { provide: COUNTER_LOGGER, useValue: options.logger },
      ],
      exports: [COUNTER_CONFIG, COUNTER_LOGGER],
    };
  }
}

@Module({})
export class CounterModule {
  static register(options: CounterModuleOptions): DynamicModule {
    const schemaOnly = options.schemaOnly ?? false;
    return {
      module: CounterModule,
      imports: [
        CounterCoreModule.register(options),
        TypeOrmModule.forRoot({ ...counterDataSourceOptions(options.config), manualInitialization: schemaOnly }),
        SubgraphGraphQLModule.forRoot({
          gatewaySecret: options.config.GATEWAY_SECRET,
          production: options.config.NODE_ENV === 'production',
          logger: options.logger,
        }),
        MessagingModule.forRoot({ bus: options.bus, relay: !schemaOnly, logger: options.logger }),
        HealthModule,
        LiveModule,
        ReplicaModule,
        CountersModule,
        TicketsModule,
        CallsModule,
        BoardModule,
        ReportsModule,
        ...(schemaOnly ? [] : [ConsumersModule]),
      ],
    };
  }
}
