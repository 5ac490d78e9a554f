import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { EventEnvelope } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { contextFromHeaders, counterMetric, inSpan, SpanKind } from '@antrian/observability';
import { EventBus } from './event-bus.port';
import { OUTBOX_CHANNEL } from './outbox.service';
import { retryDelay } from './retry-backoff';

export interface OutboxRelayOptions {
  /** Events published per transaction. */
  batchSize?: number;
  /** Polling fallback for missed notifications (e.g. while the LISTEN connection is being replaced). */
  pollIntervalMs?: number;
  /** Wait after a failed batch; doubles per consecutive failure up to the maximum. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Published rows are deleted once older than this; `null` keeps them forever. */
  retentionMs?: number | null;
}

type BatchOutcome = 'drained' | 'more' | 'busy' | 'failed';

interface OutboxRow {
  position: string;
  id: string;
  subject: string;
  version: number;
  payload: unknown;
  occurred_at: Date;
  trace_context: Record<string, string> | null;
}

/** Any constant works: advisory locks are scoped to the database, which is the service's own. */
const RELAY_LOCK_KEY = '122550254464888';
const CLEANUP_INTERVAL_MS = 60 * 60_000;

/**
 * Publishes committed outbox events, in `position` order, through the bus, and marks them.
 *
 * Several replicas of a service may run it: each batch is one transaction that first takes
 * `pg_try_advisory_xact_lock`, so one replica relays at a time and the others skip their turn.
 * `SKIP LOCKED` would let replicas publish disjoint batches in parallel, which reorders events
 * (replica B publishes 101-200 while A is still on 1-100, or retries 42 after B went past it);
 * ordered delivery matters more here than relay throughput, which one relay covers many times
 * over. The lock ends with the transaction, so a replica that dies mid-batch frees it at once.
 * The rows are also taken `FOR UPDATE`, so an operator's manual fix to a stuck event waits for the
 * batch instead of racing it.
 *
 * Positions are taken at insert, so two concurrent transactions can commit out of position order
 * and be published in commit order. They are concurrent, hence unordered facts; an event whose
 * transaction began after another's commit always has the later position and goes after it.
 *
 * A batch stops at its first failed publish and keeps what it published; the relay then backs
 * off, so the failed event goes again before any later one. It wakes on the `NOTIFY` that
 * `OutboxService.append` sends at commit, and polls in case one is missed.
 *
 * Published rows are kept for `retentionMs` (a week by default) to answer "was it published,
 * when, after how many attempts" while an incident is still fresh, then deleted so the table does
 * not grow forever; the stream is the long-term record of what was published.
 */
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly retentionMs: number | null;
  private running?: Promise<void>;
  private stopping = false;
  private listener?: { client: PoolClient; release: (destroy: boolean) => void; detach: () => void };
  private listening?: Promise<void>;
  /** A notification arrived since the current batch began, so the next idle wait is skipped. */
  private notified = false;
  private wake?: () => void;
  private interrupt?: () => void;
  private nextCleanupAt = 0;
  private readonly publishedCount = counterMetric('antrian_outbox_published_total', 'Outbox events published');

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.logger = logger.child({ component: 'outbox-relay' });
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.retentionMs = options.retentionMs === undefined ? 7 * 24 * 60 * 60_000 : options.retentionMs;
  }

  /** Starts relaying in the background; resolves once the relay listens for new events. */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = false;
    await this.listen();
    this.running = this.run();
  }

  /** Stops after the batch under way, and frees the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.interrupt?.();
    await this.running;
    this.running = undefined;
    await this.listening;
    this.unlisten();
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  private async run(): Promise<void> {
    for (let failures = 0; !this.stopping;) {
      await this.deleteExpired();
      let outcome: BatchOutcome;
      try {
        outcome = await this.relayBatch();
      } catch (error) {
        this.logger.warn({ err: error }, 'outbox relay batch failed');
        outcome = 'failed';
      }
      if (outcome === 'failed') {
        failures++;
        await this.pause(retryDelay(failures, this.retryDelayMs, this.maxRetryDelayMs), false);
        continue;
      }
      failures = 0;
      if (outcome === 'more') continue;
      if (!this.listener) void this.listen();
      await this.pause(this.pollIntervalMs, true);
    }
  }

  private relayBatch(): Promise<BatchOutcome> {
    this.notified = false;
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [RELAY_LOCK_KEY],
      );
      if (!locked) return 'busy';
      const rows: OutboxRow[] = await manager.query(
        `SELECT position, id, subject, version, payload, occurred_at, trace_context FROM outbox_event
          WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE`,
        [this.batchSize],
      );
      const published: string[] = [];
      let failed = false;
      for (const row of rows) {
        try {
          await inSpan(
            `publish ${row.subject}`,
            {
              kind: SpanKind.PRODUCER,
              parent: contextFromHeaders(row.trace_context),
              attributes: { 'messaging.system': 'nats', 'messaging.message.id': row.id },
            },
            () => this.bus.publish(toEnvelope(row)),
          );
          published.push(row.position);
          this.publishedCount.inc();
        } catch (error) {
          failed = true;
          const [[{ attempts }]]: [{ attempts: number }[], number] = await manager.query(
            'UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE position = $1 RETURNING attempts',
            [row.position, error instanceof Error ? error.message : String(error)],
          );
          this.logger.warn(
            { err: error, eventId: row.id, subject: row.subject, attempts },
            'could not publish an outbox event; retrying later',
          );
          break;
        }
      }
      if (published.length > 0) {
        await manager.query(
          'UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE position = ANY($1::bigint[])',
          [published],
        );
      }
      if (failed) return 'failed';
      return rows.length === this.batchSize ? 'more' : 'drained';
    });
  }

  private async deleteExpired(): Promise<void> {
    if (this.retentionMs === null || Date.now() < this.nextCleanupAt) return;
    this.nextCleanupAt = Date.now() + CLEANUP_INTERVAL_MS;
    try {
      const [, deleted]: [unknown, number] = await this.dataSource.query(
        'DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => $1)',
        [this.retentionMs / 1000],
      );
      if (deleted > 0) this.logger.info({ deleted }, 'deleted published outbox events past retention');
    } catch (error) {
      this.logger.warn({ err: error }, 'could not delete published outbox events');
    }
  }

  /** Waits `ms`, or less when stopped or (if `wakeable`) when an event is appended meanwhile. */
  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.notified)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.interrupt = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = wakeable ? done : undefined;
      this.interrupt = done;
    });
  }

  /** Borrows one connection from the service's pool for as long as the relay runs. */
  private listen(): Promise<void> {
    this.listening ??= this.openListener().finally(() => {
      this.listening = undefined;
    });
    return this.listening;
  }

  private async openListener(): Promise<void> {
    if (this.listener || this.stopping) return;
    let client: PoolClient | undefined;
    let release: ((destroy: boolean) => void) | undefined;
    const onNotification = () => {
      this.notified = true;
      this.wake?.();
    };
    const lost = () => {
      if (this.listener?.client !== client) return;
      this.logger.warn('outbox LISTEN connection lost; polling until it is back');
      this.unlisten();
    };
    const detach = () => {
      client?.removeListener('notification', onNotification);
      client?.removeListener('error', lost);
      client?.removeListener('end', lost);
      // The connection is being destroyed; an error it still reports must not crash the process.
      client?.on('error', () => undefined);
    };
    try {
      [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
        PoolClient,
        (destroy: boolean) => void,
      ];
      client.on('notification', onNotification);
      client.on('error', lost);
      client.on('end', lost);
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = { client, release, detach };
      // Events committed before the LISTEN took effect sent their notification to no one.
      onNotification();
    } catch (error) {
      this.logger.warn({ err: error }, 'could not LISTEN for outbox events; polling');
      detach();
      release?.(true);
    }
  }

  private unlisten(): void {
    const listener = this.listener;
    if (!listener) return;
    this.listener = undefined;
    listener.detach();
    // Destroyed rather than returned: a pooled connection must not go on listening.
    listener.release(true);
  }
}

function toEnvelope(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    subject: row.subject,
    version: row.version,
    occurredAt: row.occurred_at.toISOString(),
    payload: row.payload,
  };
}
