import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { counterMetric } from '@antrian/observability';
import { EventBus, Unsubscribe } from './event-bus.port';
import { InboxService } from './inbox.service';

/** What one event changes, in the transaction that also records it in the inbox. */
export type EventChange = (manager: EntityManager) => Promise<void>;

/**
 * A durable consumer that lives as long as its Nest application: it joins its consumer group once
 * the application is up and leaves it at shutdown, so no event is taken by a half-stopped service.
 * Every event it understands is applied exactly once, through the inbox under its durable name;
 * one of a version it does not know is logged and left alone.
 */
export abstract class DurableEventConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe?: Unsubscribe;
  private readonly handled = counterMetric(
    'antrian_consumer_events_total',
    'Events a durable consumer handled: applied, duplicate (seen before), ignored (unknown version) or failed',
    ['durable', 'outcome'],
  );

  protected constructor(
    private readonly bus: EventBus,
    private readonly inbox: InboxService,
    protected readonly logger: Logger,
    private readonly durable: string,
    private readonly subjects: readonly string[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = await this.bus.consume({
      durable: this.durable,
      subjects: [...this.subjects],
      handler: async (envelope) => void (await this.handle(envelope)),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.unsubscribe?.();
  }

  /**
   * Handles one delivery; returns whether it was applied now (false: handled before, or of a
   * version this consumer does not know). Throwing makes the bus deliver it again later.
   */
  async handle(envelope: EventEnvelope): Promise<boolean> {
    const change = this.changeFor(envelope);
    if (!change) {
      this.logger.warn(
        { subject: envelope.subject, version: envelope.version },
        'ignoring an event of unknown version',
      );
      this.handled.inc({ durable: this.durable, outcome: 'ignored' });
      return false;
    }
    let applied: boolean;
    try {
      applied = await this.inbox.handleOnce(this.durable, envelope, change);
    } catch (error) {
      this.handled.inc({ durable: this.durable, outcome: 'failed' });
      throw error;
    }
    this.handled.inc({ durable: this.durable, outcome: applied ? 'applied' : 'duplicate' });
    return applied;
  }

  /** What the event changes; null for an event (or version) this consumer does not understand. */
  protected abstract changeFor(envelope: EventEnvelope): EventChange | null;
}
