import { OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { collectedGauge, DEAD_LETTERS_OPEN, registerOpenCount } from '@antrian/observability';
import { DeadLetterRepository } from './dead-letter.repository';
import { EventBus } from './event-bus.port';

/**
 * The outbox's backlog and the age of its oldest unpublished event (one query on the partial
 * index of unpublished rows), and each durable consumer's lag as JetStream counts it, all read
 * when Prometheus scrapes: nothing runs between scrapes.
 */
export class MessagingMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly deadLetters: DeadLetterRepository,
  ) {}

  onApplicationBootstrap(): void {
    // Open dead letters (`dead_letter_event`): one indexed count per scrape.
    registerOpenCount(DEAD_LETTERS_OPEN, { countOpen: () => this.deadLetters.countOpen() });
    let outbox: Promise<{ backlog: number; oldestAgeSeconds: number }> | undefined;
    // Both gauges come from one query per scrape.
    const readOutbox = () => {
      outbox ??= this.readOutbox().finally(() => setImmediate(() => (outbox = undefined)));
      return outbox;
    };
    collectedGauge('antrian_outbox_backlog', 'Outbox events committed and not yet published', [], async (gauge) => {
      gauge.set((await readOutbox()).backlog);
    });
    collectedGauge(
      'antrian_outbox_oldest_age_seconds',
      'Age of the oldest unpublished outbox event (0 when none waits)',
      [],
      async (gauge) => gauge.set((await readOutbox()).oldestAgeSeconds),
    );
    const lag = this.bus.consumerLag?.bind(this.bus);
    if (!lag) return;
    let current: ReturnType<typeof lag> | undefined;
    const readLag = () => {
      current ??= lag().finally(() => setImmediate(() => (current = undefined)));
      return current;
    };
    collectedGauge(
      'antrian_consumer_lag',
      'Events in the stream not yet delivered to the durable consumer',
      ['stream', 'durable'],
      async (gauge) => {
        for (const { stream, durable, pending } of await readLag()) gauge.set({ stream, durable }, pending);
      },
    );
    collectedGauge(
      'antrian_consumer_ack_pending',
      'Events delivered to the durable consumer and not yet acknowledged',
      ['stream', 'durable'],
      async (gauge) => {
        for (const { stream, durable, ackPending } of await readLag()) gauge.set({ stream, durable }, ackPending);
      },
    );
  }

  private async readOutbox(): Promise<{ backlog: number; oldestAgeSeconds: number }> {
    const [row]: { backlog: string; oldest_age: number | null }[] = await this.dataSource.query(
      `SELECT count(*) AS backlog, extract(epoch FROM now() - min(occurred_at))::float8 AS oldest_age
         FROM outbox_event WHERE published_at IS NULL`,
    );
    return { backlog: Number(row.backlog), oldestAgeSeconds: Math.max(row.oldest_age ?? 0, 0) };
  }
}
