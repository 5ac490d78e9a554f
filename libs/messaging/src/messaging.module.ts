import { DynamicModule, Module, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createLogger, Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus } from './event-bus.port';
import { InboxService } from './inbox.service';
import { MessagingMetrics } from './messaging-metrics';
import { OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import { OutboxService } from './outbox.service';

export interface MessagingModuleOptions {
  /** Owned by whoever created it (the launcher may share one across services): never closed here. */
  bus: EventBus;
  /** Run the outbox relay in this application (default true). */
  relay?: boolean;
  logger?: Logger;
  relayOptions?: OutboxRelayOptions;
}

/**
 * Messaging for one service: `EVENT_BUS`, `OutboxService`, `InboxService`, and the outbox relay,
 * which starts on application bootstrap and stops on shutdown (before TypeORM closes the pool).
 * It uses the service's TypeORM data source, so import it beside `TypeOrmModule.forRoot`.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [{ provide: EVENT_BUS, useValue: options.bus }, OutboxService, InboxService];
    const exported: NonNullable<DynamicModule['exports']> = [EVENT_BUS, OutboxService, InboxService];
    if (options.relay ?? true) {
      providers.push({
        provide: OutboxRelay,
        inject: [getDataSourceToken()],
        useFactory: (dataSource: DataSource) =>
          new OutboxRelay(dataSource, options.bus, options.logger ?? createLogger('messaging'), options.relayOptions),
      });
      exported.push(OutboxRelay);
      providers.push({
        provide: MessagingMetrics,
        inject: [getDataSourceToken()],
        useFactory: (dataSource: DataSource) => new MessagingMetrics(dataSource, options.bus),
      });
    }
    return { module: MessagingModule, global: true, providers, exports: exported };
  }
}
