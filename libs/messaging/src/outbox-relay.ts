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
  /** Published rows are deleted once older than this (default a week); `null` keeps them forever. */
  retentionMs?: number | null;
  /** Inbox records are deleted once older than this; never less than `retentionMs` (default: a day more). */
  inboxRetentionMs?: number | null;
  /** How often expired rows are pruned (default hourly). */
  pruneIntervalMs?: number;
  /** Rows deleted per statement while pruning (default 1000), so no prune holds locks for long. */
  pruneBatchSize?: number;
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
const DAY_MS = 24 * 60 * 60_000;

/**
 * Publishes committed outbox events, in `position` order, through the bus, and marks them.
 *
 * Several replicas of a service may run it; one relays at a time: the one whose LISTEN connection
 * holds the session advisory lock `RELAY_LOCK_KEY` (freed at once when that replica or its
 * connection dies). `SKIP LOCKED` would let replicas publish disjoint batches in parallel, which
 * reorders events; ordered delivery matters more here than relay throughput.
 *
 * Publishing happens outside any transaction and holds no row lock: a batch reads the oldest
 * unpublished rows, publishes them one by one and then marks the published ones. A relay that dies
 * between publishing and marking publishes those events again; the event id is the message id
 * (JetStream drops a repeat within its duplicate window) and every consumer's inbox drops the rest.
 *
 * Positions are taken at insert, so two concurrent transactions can commit out of position order
 * and be published in commit order. They are concurrent, hence unordered facts; an event whose
 * transaction began after another's commit always has the later position and goes after it.
 *
 * A batch stops at its first failed publish and keeps what it published; the relay then backs
 * off, so the failed event goes again before any later one. It wakes on the `NOTIFY` that
 * `OutboxService.append` sends at commit, when the bus reconnects to its broker, and polls in
 * case one is missed.
 *
 * Published rows are kept for `retentionMs` (a week by default), so `npm run events:republish`
 * can send them again after the broker lost its data, then deleted in batches; inbox records are
 * deleted in batches too, but only once older than `inboxRetentionMs` (never less than the outbox's
 * retention), so a republished event still finds the record that makes it harmless.
 */
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly retentionMs: number | null;
  private readonly inboxRetentionMs: number | null;
  private readonly pruneIntervalMs: number;
  private readonly pruneBatchSize: number;
  private running?: Promise<void>;
  /** This replica's LISTEN connection holds the relay lock. */
  private leader = false;
  private offConnected?: () => void;
  /** The bus reconnected since the last pause: the next pause (even a backoff) is skipped. */
  private reconnected = false;
  private stopping = false;
  private listener?: { client: PoolClient; release: (destroy: boolean) => void; detach: () => void };
  private listening?: Promise<void>;
  /** A notification arrived since the current batch began, so the next idle wait is skipped. */
  private notified = false;
  private wake?: () => void;
  private interrupt?: () => void;
  private nextPruneAt = 0;
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
    this.retentionMs = options.retentionMs === undefined ? 7 * DAY_MS : options.retentionMs;
    const inbox = options.inboxRetentionMs === undefined ? (this.retentionMs ?? 0) + DAY_MS : options.inboxRetentionMs;
    this.inboxRetentionMs = inbox === null ? null : Math.max(inbox, this.retentionMs ?? 0);
    this.pruneIntervalMs = options.pruneIntervalMs ?? 60 * 60_000;
    this.pruneBatchSize = options.pruneBatchSize ?? 1000;
  }

  /** Starts relaying in the background; resolves once the relay listens for new events. */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopping = false;
    // Back on the broker: what waited meanwhile goes at once, not after the current backoff.
    this.offConnected = this.bus.onConnected?.(() => {
      this.reconnected = true;
      this.interrupt?.();
    });
    await this.listen();
    this.running = this.run();
  }

  /** Stops after the batch under way, and frees the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.offConnected?.();
    this.offConnected = undefined;
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
      await this.prune();
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

  private async relayBatch(): Promise<BatchOutcome> {
    this.notified = false;
    if (!(await this.lead())) return 'busy';
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT position, id, subject, version, payload, occurred_at, trace_context FROM outbox_event
        WHERE published_at IS NULL ORDER BY position LIMIT $1`,
      [this.batchSize],
    );
    const published: string[] = [];
    let failed = false;
    for (const row of rows) {
      if (this.stopping) break;
      try {
        // The publish continues the trace of the change that appended the event.
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
        const [[{ attempts }]]: [{ attempts: number }[], number] = await this.dataSource.query(
          'UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE position = $1 RETURNING attempts',
          [row.position, error instanceof Error ? error.message : String(error)],
        );
        // One line when an event first fails, not one per retry while the broker is away.
        if (attempts === 1) {
          this.logger.warn(
            { err: error, eventId: row.id, subject: row.subject, attempts },
            'could not publish an outbox event; retrying later',
          );
        }
        break;
      }
    }
    if (published.length > 0) {
      await this.dataSource.query(
        'UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE position = ANY($1::bigint[])',
        [published],
      );
    }
    if (failed) return 'failed';
    return rows.length === this.batchSize ? 'more' : 'drained';
  }

  /** Whether this replica relays: its LISTEN connection holds (or now takes) the session lock. */
  private async lead(): Promise<boolean> {
    const listener = this.listener;
    if (!listener) return false;
    if (this.leader) return true;
    try {
      const result = await listener.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        RELAY_LOCK_KEY,
      ]);
      // The connection may have been replaced meanwhile: the lock belongs to the one asked.
      this.leader = result.rows[0].locked && this.listener === listener;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not take the relay lock');
    }
    return this.leader;
  }

  /** Deletes, in batches, published outbox rows and inbox records past their retention. */
  private async prune(): Promise<void> {
    if (Date.now() < this.nextPruneAt || !(await this.lead())) return;
    this.nextPruneAt = Date.now() + this.pruneIntervalMs;
    const outbox = await this.pruneTable(
      this.retentionMs,
      `DELETE FROM outbox_event WHERE position IN (
         SELECT position FROM outbox_event WHERE published_at < now() - make_interval(secs => $1) LIMIT $2)`,
    );
    const inbox = await this.pruneTable(
      this.inboxRetentionMs,
      `DELETE FROM inbox_event WHERE (consumer, event_id) IN (
         SELECT consumer, event_id FROM inbox_event WHERE handled_at < now() - make_interval(secs => $1) LIMIT $2)`,
    );
    if (outbox + inbox > 0) this.logger.info({ outbox, inbox }, 'pruned published outbox events and old inbox records');
  }

  private async pruneTable(retentionMs: number | null, statement: string): Promise<number> {
    if (retentionMs === null) return 0;
    let total = 0;
    try {
      for (;;) {
        if (this.stopping) break;
        const [, deleted]: [unknown, number] = await this.dataSource.query(statement, [
          retentionMs / 1000,
          this.pruneBatchSize,
        ]);
        total += deleted;
        if (deleted < this.pruneBatchSize) break;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not prune the messaging tables');
    }
    return total;
  }

  /** Waits `ms`, or less when stopped or (if `wakeable`) when an event is appended meanwhile. */
  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || this.reconnected || (wakeable && this.notified)) {
      this.reconnected = false;
      return Promise.resolve();
    }
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
    // Destroying the connection frees the relay lock it held.
    this.leader = false;
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
