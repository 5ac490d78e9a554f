import { Logger } from '@antrian/logging';
import { EventBus } from './event-bus.port';
import { InProcessEventBus } from './in-process-event-bus';
import { loadMessagingSettings, MessagingSettings } from './messaging-settings';
import { NatsEventBus } from './nats-event-bus';

export interface CreateEventBusOptions {
  /** Unset: the in-process bus (`npm start` on a machine with only Node.js). */
  natsUrl?: string;
  logger: Logger;
  /** Connection name shown by the NATS server, e.g. the service name. */
  name: string;
  /** The process's nkey seed (NATS_NKEY_SEED), where the NATS server authenticates by nkey. */
  natsNkeySeed?: string;
  /** Streams' and consumers' settings (default: read from the environment, `loadMessagingSettings`). */
  settings?: MessagingSettings;
}

let warnedNotDurable = false;

/**
 * The bus a process runs on. The NATS bus connects in the background, so this returns at once
 * and the service starts even while NATS is unreachable (its outbox holds the events meanwhile).
 */
export function createEventBus(options: CreateEventBusOptions): EventBus {
  if (options.natsUrl) {
    const settings = options.settings ?? loadMessagingSettings();
    const bus = new NatsEventBus({
      url: options.natsUrl,
      name: options.name,
      nkeySeed: options.natsNkeySeed,
      logger: options.logger,
      streamReplicas: settings.streamReplicas,
      streamMaxAgeMs: settings.streamMaxAgeMs,
      streamMaxBytes: settings.streamMaxBytes,
      maxDeliver: settings.maxDeliver,
      backoffMs: settings.backoffMs,
      maxAckPending: settings.maxAckPending,
      ackWaitMs: settings.ackWaitMs,
    });
    void bus.start();
    return bus;
  }
  if (!warnedNotDurable) {
    warnedNotDurable = true;
    options.logger.warn(
      '!!! NATS_URL is not set: using the IN-PROCESS event bus. Events are NOT durable: they live in ' +
        'memory, reach only services in this process and are lost when it stops. Set NATS_URL for ' +
        'anything but local development. !!!',
    );
  }
  return new InProcessEventBus(options.logger);
}
