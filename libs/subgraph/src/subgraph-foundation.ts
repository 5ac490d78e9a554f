import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { Logger } from '@antrian/logging';
import { EventBus, MessagingModule } from '@antrian/messaging';
import { HealthModule } from './health.module';
import { SubgraphSettings } from './subgraph-settings';
import { SubgraphGraphQLModule } from './subgraph-graphql.module';

export interface SubgraphFoundationOptions {
  /** The subgraph's name in the supergraph (`identity`, `scheduling`, `counter`). */
  name: string;
  /** The service's validated settings and logger, injected everywhere under its own tokens. */
  config: SubgraphSettings & { NODE_ENV: string };
  configToken: symbol;
  logger: Logger;
  loggerToken: symbol;
  bus: EventBus;
  dataSource: DataSourceOptions;
  /** Build the schema only (for `npm run compose`): no database connection, no outbox relay. */
  schemaOnly: boolean;
}

@Module({})
class SubgraphSettingsModule {}

/**
 * What every subgraph stands on: its settings and logger for every module, its own database, the
 * federated GraphQL endpoint behind the gateway, messaging (the outbox relay, which logs as the
 * service, only when it runs) and health checks. A service's module adds its features beside it.
 */
export function subgraphFoundation(options: SubgraphFoundationOptions): (DynamicModule | Type)[] {
  return [
    {
      module: SubgraphSettingsModule,
      global: true,
      providers: [
        { provide: options.configToken, useValue: options.config },
        { provide: options.loggerToken, useValue: options.logger },
      ],
      exports: [options.configToken, options.loggerToken],
    },
    TypeOrmModule.forRoot({ ...options.dataSource, manualInitialization: options.schemaOnly }),
    SubgraphGraphQLModule.forRoot({
      name: options.name,
      gatewayPublicKey: options.config.GATEWAY_PUBLIC_KEY,
      maxDepth: options.config.MAX_DEPTH,
      maxAliases: options.config.MAX_ALIASES,
      production: options.config.NODE_ENV === 'production',
      logger: options.logger,
      schemaOnly: options.schemaOnly,
    }),
    MessagingModule.forRoot({ bus: options.bus, relay: !options.schemaOnly, logger: options.logger }),
    HealthModule.forRoot({ requireNats: options.config.READY_REQUIRES_NATS }),
  ];
}
