import { DynamicModule, Module, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createLogger, Logger } from '@antrian/logging';
import { EVENT_BUS, EventBus } from './event-bus.port';
import { DeadLetterRepository } from './dead-letter.repository';
import { InboxService } from './inbox.service';
import { MessagingMetrics } from './messaging-metrics';
import { loadMessagingSettings } from './messaging-settings';
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
    const providers: Provider[] = [
      { provide: EVENT_BUS, useValue: options.bus },
      OutboxService,
      InboxService,
      DeadLetterRepository,
    ];
    const exported: NonNullable<DynamicModule['exports']> = [
      EVENT_BUS,
      OutboxService,
      InboxService,
      DeadLetterRepository,
    ];
    if (options.relay ?? true) {
      providers.push({
        provide: OutboxRelay,
        inject: [getDataSourceToken()],
        useFactory: (dataSource: DataSource) => {
          const settings = loadMessagingSettings();
          return new OutboxRelay(dataSource, options.bus, options.logger ?? createLogger('messaging'), {
            retentionMs: settings.outboxRetentionMs,
            inboxRetentionMs: settings.inboxRetentionMs,
            pruneIntervalMs: settings.pruneIntervalMs,
            ...options.relayOptions,
          });
        },
      });
      exported.push(OutboxRelay);
      providers.push({
        provide: MessagingMetrics,
        inject: [getDataSourceToken(), DeadLetterRepository],
        useFactory: (dataSource: DataSource, deadLetters: DeadLetterRepository) =>
          new MessagingMetrics(dataSource, options.bus, deadLetters),
      });
    }
    return { module: MessagingModule, global: true, providers, exports: exported };
  }
}
