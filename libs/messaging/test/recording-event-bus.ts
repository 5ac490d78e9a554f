import { EventEnvelope } from '@antrian/contracts';
import { EventBus, Unsubscribe } from '../src';

/** A bus that records what is published and fails on demand, to watch the relay alone. */
export class RecordingEventBus implements EventBus {
  readonly durable = true;
  readonly published: EventEnvelope[] = [];
  readonly attempts: string[] = [];
  /** Event id → how many more publishes of it fail. */
  readonly failures = new Map<string, number>();
  /** While set, every publish fails. */
  down = false;
  /** While set, every publish waits for it first (a slow broker). */
  publishDelay?: Promise<void>;
  private readonly connectedListeners = new Set<() => void>();

  /** As if the bus had reconnected to its broker. */
  reconnect(): void {
    for (const listener of this.connectedListeners) listener();
  }

  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    this.attempts.push(envelope.id);
    await this.publishDelay;
    const left = this.failures.get(envelope.id) ?? 0;
    if (this.down || left > 0) {
      this.failures.set(envelope.id, left - 1);
      throw new Error(`cannot publish ${envelope.id}`);
    }
    // Yields like a network round trip, so concurrent relays really interleave.
    await new Promise((resolve) => setImmediate(resolve));
    this.published.push(envelope);
  }

  async consume(): Promise<Unsubscribe> {
    throw new Error('not used');
  }

  publishLive(): void {}

  async subscribeLive(): Promise<Unsubscribe> {
    throw new Error('not used');
  }

  async watchEvents(): Promise<Unsubscribe> {
    throw new Error('not used');
  }

  async close(): Promise<void> {}
}
