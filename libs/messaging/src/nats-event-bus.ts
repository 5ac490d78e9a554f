import { setTimeout as sleep } from 'node:timers/promises';
import { createHash, randomUUID } from 'node:crypto';
import { EventEnvelope, liveHeartbeatSubject, LiveStamp, STREAMS, StreamDefinition } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { context } from '@opentelemetry/api';
import { extractFrom, injectInto, inSpan, SpanKind, tracingEnabled } from '@antrian/observability';
import {
  AckPolicy,
  ConsumerEvents,
  ConsumerMessages,
  DeliverPolicy,
  DiscardPolicy,
  Events,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
  NatsConnection,
  RetentionPolicy,
  StorageType,
  Subscription,
  connect,
  headers as natsHeaders,
  MsgHdrs,
  nanos,
  nkeyAuthenticator,
} from 'nats';
import {
  ConsumeOptions,
  ConsumerLag,
  EventBus,
  EventHandler,
  LiveHandler,
  Unsubscribe,
  WatchOptions,
} from './event-bus.port';
import { handlerDeadlineFor, withinDeadline } from './handler-deadline';
import { backoffDelay } from './messaging-settings';
import { errorText } from './failure-kind';
import { retryDelay } from './retry-backoff';
import { assertDurableName, findStream, subjectMatches } from './subject-matcher';

export interface NatsEventBusOptions {
  /** One server URL, or several separated by commas. */
  url: string;
  /** Connection name shown by the server's monitoring, e.g. the service name. */
  name: string;
  /** The nkey seed this process authenticates with, where the server requires one. */
  nkeySeed?: string;
  logger: Logger;
  /** Streams created or updated on start (default: the real ones; tests pass their own). */
  streams?: readonly StreamDefinition[];
  /** How long `publish` waits for a connection and for JetStream's acknowledgement. */
  publishTimeoutMs?: number;
  reconnectTimeWaitMs?: number;
  /** How long a delivered event may stay unacknowledged before JetStream redelivers it. */
  ackWaitMs?: number;
  /** How long a handler may run before the event is handed back for later: below `ackWaitMs` (default 4/5 of it). */
  handlerDeadlineMs?: number;
  /** Deliveries of one event to one consumer before JetStream gives up on it (the handler dead-letters it on the last). */
  maxDeliver?: number;
  /**
   * Redelivery delays after the 1st, 2nd, … failed delivery (the last repeats): the delay of a
   * handler's `nak`, and (no shorter than `ackWaitMs`) the consumer's own JetStream `backoff` for
   * deliveries never acknowledged (a handler that hung, a process that died).
   */
  backoffMs?: readonly number[];
  /** Events one consumer may hold unacknowledged; beyond, JetStream delivers nothing new to it. */
  maxAckPending?: number;
  /** Copies JetStream keeps of each stream (NATS_STREAM_REPLICAS). */
  streamReplicas?: number;
  /** Age and size limits of each stream: the outboxes, not the streams, are the record to republish from. */
  streamMaxAgeMs?: number;
  streamMaxBytes?: number;
  /** JetStream drops a message whose `Nats-Msg-Id` it has stored within this window. */
  duplicateWindowMs?: number;
  /** How often a process that publishes live messages says where its sequence stands (0: only on reconnecting). */
  liveHeartbeatMs?: number;
}

interface Connection {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

interface LiveEntry {
  subject: string;
  handler: LiveHandler;
  subscription?: Subscription;
}

interface Worker {
  stream: string;
  durable: string;
  subjects: string[];
  handler: EventHandler;
  onUnreadable?: ConsumeOptions['onUnreadable'];
  stopped: boolean;
  abort: AbortController;
  messages?: ConsumerMessages;
  done?: Promise<void>;
}

const STREAM_CONFIG_CHANGED = 10058;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The JetStream adapter of the event bus.
 *
 * It connects in the background and never gives up, so a service starts, serves and fills its
 * outbox while NATS is unreachable (the office floor stands alone); `publish` fails after
 * `publishTimeoutMs` instead of waiting, and the outbox relay retries it. Consumers and live
 * subscriptions registered before the connection exists take effect once it does.
 */
export class NatsEventBus implements EventBus {
  readonly durable = true;

  private readonly logger: Logger;
  private readonly streams: readonly StreamDefinition[];
  private readonly publishTimeoutMs: number;
  private readonly reconnectTimeWaitMs: number;
  private readonly ackWaitMs: number;
  private readonly handlerDeadlineMs: number;
  private readonly maxDeliver: number;
  private readonly backoffMs: readonly number[];
  private readonly maxAckPending: number;
  private readonly connectedListeners = new Set<() => void>();
  private readonly duplicateWindowMs: number;
  private readonly liveHeartbeatMs: number;
  private readonly abort = new AbortController();
  private readonly waiters = new Set<Waiter>();
  private readonly live = new Set<LiveEntry>();
  private readonly workers = new Set<Worker>();
  /** This process's live sequence (see LiveStamp): one origin per bus, every publishLive counted. */
  private readonly liveOrigin: string;
  private liveSeq = 0;
  private liveHeartbeat?: NodeJS.Timeout;
  private connection?: Connection;
  /** Connected right now: false while the client reconnects. */
  private online = false;
  private startup?: Promise<void>;
  private closing?: Promise<void>;

  constructor(private readonly options: NatsEventBusOptions) {
    this.logger = options.logger.child({ component: 'nats-event-bus' });
    this.streams = options.streams ?? STREAMS;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5000;
    this.reconnectTimeWaitMs = options.reconnectTimeWaitMs ?? 1000;
    this.ackWaitMs = options.ackWaitMs ?? 30_000;
    this.handlerDeadlineMs = handlerDeadlineFor(this.ackWaitMs, options.handlerDeadlineMs);
    // Bounded: an event that keeps failing goes to the consumer's dead-letter table on its last
    // delivery (about 18 minutes of retries with the default backoff) instead of retrying for days.
    this.maxDeliver = options.maxDeliver ?? 8;
    this.backoffMs = options.backoffMs ?? [1000, 5000, 30_000, 120_000, 300_000];
    this.maxAckPending = options.maxAckPending ?? 256;
    this.duplicateWindowMs = options.duplicateWindowMs ?? 2 * 60_000;
    this.liveHeartbeatMs = options.liveHeartbeatMs ?? 15_000;
    this.liveOrigin = `${options.name}:${randomUUID().slice(0, 8)}`;
  }

  /**
   * Connects (retrying forever) and creates or updates the streams. Idempotent; resolves once
   * the bus is usable, or when it is closed first. Other methods start the bus themselves.
   */
  start(): Promise<void> {
    this.startup ??= this.connectUntilReady();
    return this.startup;
  }

  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    const deadline = Date.now() + this.publishTimeoutMs;
    const { js } = await this.whenOnline(this.publishTimeoutMs);
    await js.publish(envelope.subject, encoder.encode(JSON.stringify(envelope)), {
      msgID: envelope.id,
      timeout: Math.max(deadline - Date.now(), 1),
      headers: traceHeaders(),
    });
  }

  /** Connected to a NATS server right now (the readiness check asks). */
  isOnline(): boolean {
    return this.online && !this.closing;
  }

  /**
   * Messages not yet delivered (`pending`) and delivered but not yet acknowledged (`ackPending`)
   * for each durable consumer this process runs; empty while offline. One JetStream API request per
   * consumer, so call it at scrape time only.
   */
  async consumerLag(): Promise<ConsumerLag[]> {
    const connection = this.online ? this.connection : undefined;
    if (!connection) return [];
    const seen = new Set<string>();
    const lag: ConsumerLag[] = [];
    for (const worker of this.workers) {
      const key = `${worker.stream}/${worker.durable}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const info = await connection.jsm.consumers.info(worker.stream, worker.durable);
      lag.push({
        stream: worker.stream,
        durable: worker.durable,
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
      });
    }
    return lag;
  }

  async consume(options: ConsumeOptions): Promise<Unsubscribe> {
    this.assertOpen();
    assertDurableName(options.durable);
    if (options.subjects.length === 0) throw new Error(`Consumer ${options.durable} names no subjects`);
    const subjectsByStream = new Map<string, string[]>();
    for (const subject of options.subjects) {
      const stream = findStream(this.streams, subject).name;
      subjectsByStream.set(stream, [...(subjectsByStream.get(stream) ?? []), subject]);
    }
    const workers: Worker[] = [...subjectsByStream].map(([stream, subjects]) => ({
      stream,
      durable: options.durable,
      subjects,
      handler: options.handler,
      onUnreadable: options.onUnreadable,
      stopped: false,
      abort: new AbortController(),
    }));

    void this.start();
    // Connected: create the consumers now, so that a bad configuration fails the caller.
    // Not connected: the workers create them when the connection comes.
    const connection = this.online ? this.connection : undefined;
    if (connection) {
      for (const worker of workers) await this.ensureConsumer(connection.jsm, worker);
    }
    for (const worker of workers) {
      this.workers.add(worker);
      worker.done = this.runWorker(worker);
    }
    return async () => {
      await Promise.all(workers.map((worker) => this.stopWorker(worker)));
    };
  }

  publishLive(subject: string, data?: unknown): void {
    // Counted even when dropped, so that the next message shows subscribers the gap.
    const stamp: LiveStamp = { origin: this.liveOrigin, seq: ++this.liveSeq };
    if (!this.liveHeartbeat && this.liveHeartbeatMs > 0 && !this.closing) {
      this.liveHeartbeat = setInterval(() => this.sendLiveHeartbeat(), this.liveHeartbeatMs).unref();
    }
    this.sendLive(subject, typeof data === 'object' && data !== null ? { ...data, ...stamp } : stamp);
  }

  private sendLive(subject: string, data: unknown): void {
    // At most once: while NATS is unreachable a live message is dropped; the sequence shows it.
    if (this.closing || !this.online || !this.connection) return;
    try {
      this.connection.nc.publish(subject, encoder.encode(JSON.stringify(data)), { headers: traceHeaders() });
    } catch (error) {
      this.logger.debug({ err: error, subject }, 'live message dropped');
    }
  }

  /** Where this process's live sequence stands, for gateways to compare with what they saw. */
  private sendLiveHeartbeat(): void {
    if (this.liveSeq === 0) return;
    const stamp: LiveStamp = { origin: this.liveOrigin, seq: ++this.liveSeq };
    this.sendLive(liveHeartbeatSubject(this.options.name.replace(/[^A-Za-z0-9_-]/g, '_')), stamp);
  }

  async subscribeLive(subject: string, handler: LiveHandler): Promise<Unsubscribe> {
    this.assertOpen();
    void this.start();
    const entry: LiveEntry = { subject, handler };
    this.live.add(entry);
    const connection = this.connection;
    if (connection) {
      this.subscribe(connection.nc, entry);
      // Once the server has the subscription, a message published after this call reaches it.
      if (this.online) await within(connection.nc.flush(), this.publishTimeoutMs);
    }
    return async () => {
      this.live.delete(entry);
      entry.subscription?.unsubscribe();
    };
  }

  /**
   * One ordered consumer per stream, of this watcher's own: ephemeral (JetStream forgets it when
   * the watcher goes), nothing acknowledged, starting `replayMs` ago. The client's ordered
   * consumer carries on from the last event seen across short disconnections; whenever it cannot
   * (a new connection, a lost consumer) the watch starts again from `replayMs` ago, so nothing
   * within that window is missed. Self-contained: it shares only the connection with the rest.
   */
  async watchEvents(options: WatchOptions): Promise<Unsubscribe> {
    this.assertOpen();
    const subjectsByStream = new Map<string, string[]>();
    for (const subject of options.subjects) {
      const stream = findStream(this.streams, subject).name;
      subjectsByStream.set(stream, [...(subjectsByStream.get(stream) ?? []), subject]);
    }
    const stop = new AbortController();
    const stopped = () => stop.signal.aborted || this.abort.signal.aborted;
    const open = new Set<ConsumerMessages>();
    void this.start();

    const watchStream = async (stream: string, subjects: string[]): Promise<void> => {
      for (let failures = 0; !stopped();) {
        let messages: ConsumerMessages | undefined;
        try {
          const { js } = await this.whenOnline(undefined, stop.signal);
          const consumer = await js.consumers.get(stream, {
            // NATS 2.9 filters on one subject; with more, the stream comes whole and is filtered here.
            ...(subjects.length === 1 ? { filterSubjects: subjects[0] } : {}),
            deliver_policy: DeliverPolicy.StartTime,
            opt_start_time: new Date(Date.now() - options.replayMs).toISOString(),
          });
          messages = await consumer.consume({ max_messages: 64 });
          open.add(messages);
          if (stopped()) break;
          failures = 0;
          for await (const message of messages) {
            if (!subjects.some((pattern) => subjectMatches(pattern, message.subject))) continue;
            try {
              await options.handler(JSON.parse(decoder.decode(message.data)) as EventEnvelope);
            } catch (error) {
              this.logger.error({ err: error, subject: message.subject, seq: message.seq }, 'event watcher threw');
            }
          }
          if (!stopped()) throw new Error('message stream ended');
        } catch (error) {
          if (stopped()) break;
          failures++;
          const retryInMs = retryDelay(failures, 500, 10_000);
          this.logger.warn({ err: error, stream, retryInMs }, 'event watch interrupted; replaying its window');
          await sleep(retryInMs, undefined, { signal: stop.signal }).catch(() => undefined);
        } finally {
          if (messages) {
            open.delete(messages);
            await messages.close();
          }
        }
      }
    };
    const done = Promise.all([...subjectsByStream].map(([stream, subjects]) => watchStream(stream, subjects)));
    return async () => {
      stop.abort();
      await Promise.all([...open].map((messages) => messages.close()));
      await done;
    };
  }

  /** Stops the consumers (waiting for handlers under way), then drains the connection. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.abort.abort();
    clearInterval(this.liveHeartbeat);
    for (const waiter of this.waiters) waiter.reject(new Error('The event bus is closed'));
    this.waiters.clear();
    await Promise.all([...this.workers].map((worker) => this.stopWorker(worker)));
    await this.startup;
    const connection = this.connection;
    this.connection = undefined;
    this.online = false;
    if (!connection) return;
    // Draining flushes what is buffered; it cannot finish while the server is away.
    const drained = connection.nc.drain().then(
      () => true,
      () => false,
    );
    if (!(await within(drained, this.publishTimeoutMs))) await connection.nc.close();
  }

  private async connectUntilReady(): Promise<void> {
    for (let failures = 0; !this.abort.signal.aborted;) {
      let nc: NatsConnection | undefined;
      try {
        nc = await connect({
          servers: this.options.url.split(',').map((server) => server.trim()),
          name: this.options.name,
          authenticator: this.options.nkeySeed ? nkeyAuthenticator(encoder.encode(this.options.nkeySeed)) : undefined,
          maxReconnectAttempts: -1,
          reconnectTimeWait: this.reconnectTimeWaitMs,
          timeout: this.publishTimeoutMs,
        });
        const jsm = await nc.jetstreamManager({ timeout: this.publishTimeoutMs });
        await this.ensureStreams(jsm);
        if (this.abort.signal.aborted) {
          await nc.close();
          return;
        }
        this.adopt({ nc, jsm, js: nc.jetstream({ timeout: this.publishTimeoutMs }) });
        return;
      } catch (error) {
        await nc?.close().catch(() => undefined);
        failures++;
        const retryInMs = retryDelay(failures, 500, 10_000);
        this.logger.warn({ err: error, url: this.options.url, failures, retryInMs }, 'NATS is unreachable; retrying');
        await sleep(retryInMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
      }
    }
  }

  private adopt(connection: Connection): void {
    this.connection = connection;
    for (const entry of this.live) this.subscribe(connection.nc, entry);
    this.setOnline(true);
    this.logger.info({ server: connection.nc.getServer() }, 'connected to NATS');
    this.notifyConnected();
    void this.watch(connection);
  }

  private async watch(connection: Connection): Promise<void> {
    for await (const status of connection.nc.status()) {
      if (status.type === Events.Disconnect) {
        this.setOnline(false);
        this.logger.warn({ server: status.data }, 'disconnected from NATS; reconnecting');
      } else if (status.type === Events.Reconnect) {
        this.setOnline(true);
        this.logger.info({ server: status.data }, 'reconnected to NATS');
        // A server that came back without its data has no streams: publishing needs them again.
        this.ensureStreams(connection.jsm).catch((error: unknown) =>
          this.logger.warn({ err: error }, 'could not recreate the streams after reconnecting'),
        );
        this.notifyConnected();
        // A server that restarted without its store has lost the streams: put them back.
        void this.ensureStreams(connection.jsm).catch((error: unknown) => {
          this.logger.warn({ err: error }, 'could not ensure the streams after reconnecting');
        });
      }
    }
    // The client closes on its own only when reconnecting became impossible (e.g. rejected credentials).
    if (this.closing || this.connection !== connection) return;
    this.logger.error({ err: await connection.nc.closed() }, 'NATS connection closed; connecting anew');
    this.connection = undefined;
    this.setOnline(false);
    this.startup = this.connectUntilReady();
  }

  private setOnline(online: boolean): void {
    this.online = online;
    if (!online) return;
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** The connection once it is up; rejects after `timeoutMs` (if given), on close or on `signal`. */
  private async whenOnline(timeoutMs?: number, signal?: AbortSignal): Promise<Connection> {
    this.assertOpen();
    void this.start();
    while (!this.online || !this.connection) {
      await new Promise<void>((resolve, reject) => {
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                this.waiters.delete(waiter);
                reject(new Error(`NATS is unreachable: not connected within ${timeoutMs} ms`));
              }, timeoutMs);
        const onAbort = () => {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          reject(new Error('Stopped while waiting for NATS'));
        };
        const waiter: Waiter = {
          resolve: () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiters.add(waiter);
      });
    }
    return this.connection;
  }

  private async ensureStreams(jsm: JetStreamManager): Promise<void> {
    for (const stream of this.streams) await this.ensureStream(jsm, stream);
  }

  private async ensureStream(jsm: JetStreamManager, stream: StreamDefinition): Promise<void> {
    const config = {
      name: stream.name,
      subjects: [...stream.subjects],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      duplicate_window: nanos(this.duplicateWindowMs),
      num_replicas: this.options.streamReplicas ?? 1,
      max_age: nanos(this.options.streamMaxAgeMs ?? 90 * 24 * 3_600_000),
      max_bytes: this.options.streamMaxBytes ?? 1024 * 1024 * 1024,
    };
    try {
      await jsm.streams.add(config);
    } catch (error) {
      if ((error as { api_error?: { err_code?: number } }).api_error?.err_code !== STREAM_CONFIG_CHANGED) throw error;
      await jsm.streams.update(stream.name, config);
      this.logger.info({ stream: stream.name, subjects: stream.subjects }, 'stream configuration updated');
    }
  }

  /** Creates the durable consumer, or updates it to this configuration (JetStream's add does both). */
  private async ensureConsumer(jsm: JetStreamManager, worker: Worker): Promise<void> {
    await jsm.consumers.add(worker.stream, {
      durable_name: worker.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.ackWaitMs),
      max_deliver: this.maxDeliver,
      max_ack_pending: this.maxAckPending,
      // JetStream's own schedule for deliveries never acknowledged; it wants fewer entries than deliveries.
      backoff: this.backoffMs.slice(0, this.maxDeliver - 1).map((ms) => nanos(Math.max(ms, this.ackWaitMs))),
      // NATS 2.9 takes one filter subject per consumer: with several subjects from one stream the
      // consumer takes the whole stream, in order, and `deliver` skips what was not asked for.
      filter_subject: worker.subjects.length === 1 ? worker.subjects[0] : undefined,
    });
  }

  /** Pulls and handles messages one at a time until stopped, recreating the consumer if it goes. */
  private async runWorker(worker: Worker): Promise<void> {
    for (let failures = 0; !worker.stopped;) {
      try {
        const { js, jsm } = await this.whenOnline(undefined, worker.abort.signal);
        await this.ensureStream(jsm, findStreamByName(this.streams, worker.stream));
        await this.ensureConsumer(jsm, worker);
        const consumer = await js.consumers.get(worker.stream, worker.durable);
        // A small buffer, so that what waits in it is handled well within the ack wait.
        worker.messages = await consumer.consume({ max_messages: 16 });
        if (worker.stopped) break;
        void this.closeWhenConsumerIsGone(worker, worker.messages);
        failures = 0;
        for await (const message of worker.messages) {
          // Stopping: hand what is buffered back at once, so another replica takes it.
          if (worker.stopped) message.nak();
          else await this.deliver(worker, message);
        }
        if (!worker.stopped) throw new Error('message stream ended');
      } catch (error) {
        if (worker.stopped) break;
        failures++;
        const retryInMs = retryDelay(failures, 1000, 30_000);
        this.logger.warn(
          { err: error, stream: worker.stream, durable: worker.durable, retryInMs },
          'consumer interrupted; resuming',
        );
        await sleep(retryInMs, undefined, { signal: worker.abort.signal }).catch(() => undefined);
      } finally {
        await worker.messages?.close();
        worker.messages = undefined;
      }
    }
  }

  private async closeWhenConsumerIsGone(worker: Worker, messages: ConsumerMessages): Promise<void> {
    for await (const status of await messages.status()) {
      if (
        status.type === ConsumerEvents.ConsumerDeleted ||
        status.type === ConsumerEvents.ConsumerNotFound ||
        status.type === ConsumerEvents.StreamNotFound
      ) {
        this.logger.warn({ stream: worker.stream, durable: worker.durable, status: status.type }, 'consumer lost');
        await messages.close();
      }
    }
  }

  private async deliver(worker: Worker, message: JsMsg): Promise<void> {
    if (!worker.subjects.some((pattern) => subjectMatches(pattern, message.subject))) {
      message.ack();
      return;
    }
    const deliveries = message.info.deliveryCount;
    const data = decoder.decode(message.data);
    const envelope = readEnvelope(data);
    if (typeof envelope === 'string' && !worker.onUnreadable) {
      this.logger.error({ subject: message.subject, seq: message.seq, error: envelope }, 'undecodable event dropped');
      message.term();
      return;
    }
    const eventId =
      typeof envelope === 'string'
        ? unreadableMessageId(worker.stream, message.seq, message.info.timestampNanos)
        : envelope.id;
    try {
      await withinDeadline(
        typeof envelope === 'string'
          ? worker.onUnreadable!({ id: eventId, subject: message.subject, data, error: envelope, attempt: deliveries })
          : inSpan(
              `consume ${envelope.subject}`,
              {
                kind: SpanKind.CONSUMER,
                parent: extractFrom(message.headers),
                attributes: { 'messaging.system': 'nats', 'messaging.consumer.group.name': worker.durable },
              },
              () => worker.handler(envelope, { attempt: deliveries, lastAttempt: deliveries >= this.maxDeliver }),
            ),
        this.handlerDeadlineMs,
      );
      message.ack();
    } catch (error) {
      const retryInMs = backoffDelay(this.backoffMs, deliveries);
      const context = { err: error, durable: worker.durable, subject: message.subject, eventId, deliveries };
      // One line per event, not one per delivery: the first failure warns, the last one is an error.
      if (deliveries >= this.maxDeliver) {
        this.logger.error(context, 'event handler failed for the last time; the event stays in the stream for replay');
        message.term();
        return;
      }
      if (deliveries === 1) this.logger.warn({ ...context, retryInMs }, 'event handler failed; redelivering later');
      else this.logger.debug({ ...context, retryInMs }, 'event handler failed again; redelivering later');
      message.nak(retryInMs);
    }
  }

  private async stopWorker(worker: Worker): Promise<void> {
    worker.stopped = true;
    worker.abort.abort();
    await worker.messages?.close();
    await worker.done;
    this.workers.delete(worker);
  }

  private subscribe(nc: NatsConnection, entry: LiveEntry): void {
    entry.subscription = nc.subscribe(entry.subject, {
      callback: (error, message) => {
        if (error) {
          this.logger.warn({ err: error, subject: entry.subject }, 'live subscription error');
          return;
        }
        try {
          const data: unknown = JSON.parse(decoder.decode(message.data));
          // The handler runs in the publisher's trace (a live push continues the change that caused it).
          if (message.headers) context.with(extractFrom(message.headers), () => entry.handler(message.subject, data));
          else entry.handler(message.subject, data);
        } catch (handlerError) {
          this.logger.error({ err: handlerError, subject: message.subject }, 'live handler threw');
        }
      },
    });
  }

  /** Listeners first hear of the connection; then live subscribers hear where this process's sequence stands. */
  private notifyConnected(): void {
    this.sendLiveHeartbeat();
    for (const listener of this.connectedListeners) {
      try {
        listener();
      } catch (error) {
        this.logger.error({ err: error }, 'a connection listener threw');
      }
    }
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The event bus is closed');
  }
}

/** The active trace context as NATS headers; none when nothing is traced (no cost when tracing is off). */
function traceHeaders(): MsgHdrs | undefined {
  if (!tracingEnabled()) return undefined;
  const headers = natsHeaders();
  injectInto(headers);
  return headers.has('traceparent') ? headers : undefined;
}

/** `promise`'s value, or undefined once `ms` have passed; leaves no timer behind. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function findStreamByName(streams: readonly StreamDefinition[], name: string): StreamDefinition {
  return streams.find((stream) => stream.name === name) as StreamDefinition;
}

/** The envelope a message carries, or why it carries none (it would fail on every delivery). */
function readEnvelope(data: string): EventEnvelope | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    return `the payload is not JSON (${errorText(error)})`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'the payload is not a JSON object';
  return parsed as EventEnvelope;
}

/**
 * A uuid naming the message at `seq` of `stream`, stored at `timestampNanos`, for a message that
 * carries no event id of its own: the same on every delivery. The time tells apart the messages
 * at the same `seq` of a stream deleted and created again (its sequence restarts at 1), which
 * would otherwise be taken for an old dead letter and acknowledged away.
 */
export function unreadableMessageId(stream: string, seq: number, timestampNanos: number): string {
  const hex = createHash('sha256').update(`${stream}:${seq}:${timestampNanos}`).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) uuid, as PostgreSQL's uuid type wants 32 hex digits.
  return [hex.slice(0, 8), hex.slice(8, 12), `8${hex.slice(13, 16)}`, `a${hex.slice(17, 20)}`, hex.slice(20, 32)].join(
    '-',
  );
}
