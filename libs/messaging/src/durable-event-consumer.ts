import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEnvelope } from '@antrian/contracts';
import { EventBus, Unsubscribe } from './event-bus.port';

/**
 * A durable consumer that lives as long as its Nest application: it joins its consumer group once
 * the application is up and leaves it at shutdown, so no event is taken by a half-stopped service.
 */
export abstract class DurableEventConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private unsubscribe?: Unsubscribe;

  protected constructor(
    private readonly bus: EventBus,
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

  /** Handles one delivery; throwing makes the bus deliver it again later. */
  abstract handle(envelope: EventEnvelope): Promise<unknown>;
}
