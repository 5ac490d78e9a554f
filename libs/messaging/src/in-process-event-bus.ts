import { EventEnvelope, STREAMS, StreamDefinition } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { ConsumeOptions, EventBus, EventHandler, LiveHandler, Unsubscribe, WatchOptions } from './event-bus.port';
import { retryDelay } from './retry-backoff';
import { assertDurableName, findStream, subjectMatches } from './subject-matcher';

export interface InProcessEventBusOptions {
  /** Subjects the bus accepts, as NATS would (default: the real streams). */
  streams?: readonly StreamDefinition[];
  /** How many recent event ids are remembered for de-duplication. */
  dedupeCapacity?: number;
  /** How many recent events a durable consumer registered later still receives. */
  historyCapacity?: number;
  /** Delay before the first redelivery of an event whose handler threw; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

interface DurableGroup {
  durable: string;
  subjects: string[];
  members: EventHandler[];
  turn: number;
  queue: EventEnvelope[];
  failures: Map<string, number>;
  /** The delivery under way, awaited by unsubscribe and close. */
  current?: Promise<void>;
  pumping: boolean;
}

interface LiveSubscription {
  pattern: string;
  handler: LiveHandler;
}

/**
 * The bus for `npm start` without `NATS_URL`: every service in one Node.js process shares it.
 * Same contract as the NATS adapter (de-duplication by id, durable consumer groups that redeliver
 * after a throw, wildcard live subjects, JSON copies of every message), but events live only in
 * memory and are lost when the process stops.
 */
export class InProcessEventBus implements EventBus {
  readonly durable = false;

  private readonly logger: Logger;
  private readonly streams: readonly StreamDefinition[];
  private readonly dedupeCapacity: number;
  private readonly historyCapacity: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  /** Insertion-ordered, so the oldest id is evicted first. */
  private readonly seenIds = new Set<string>();
  private readonly history: EventEnvelope[] = [];
  private readonly groups = new Map<string, DurableGroup>();
  private readonly live = new Set<LiveSubscription>();
  private readonly watchers = new Set<WatchOptions>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(logger: Logger, options: InProcessEventBusOptions = {}) {
    this.logger = logger.child({ component: 'in-process-event-bus' });
    this.streams = options.streams ?? STREAMS;
    this.dedupeCapacity = options.dedupeCapacity ?? 10_000;
    this.historyCapacity = options.historyCapacity ?? 10_000;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    this.assertOpen();
    findStream(this.streams, envelope.subject);
    if (this.seenIds.has(envelope.id)) return;
    this.seenIds.add(envelope.id);
    if (this.seenIds.size > this.dedupeCapacity) this.seenIds.delete(this.seenIds.values().next().value as string);

    const stored = copy(envelope);
    this.history.push(stored);
    if (this.history.length > this.historyCapacity) this.history.shift();
    for (const group of this.groups.values()) {
      if (!group.subjects.some((pattern) => subjectMatches(pattern, stored.subject))) continue;
      group.queue.push(stored);
      this.schedule(group);
    }
    for (const watcher of this.watchers) this.deliverToWatcher(watcher, stored);
  }

  async watchEvents(options: WatchOptions): Promise<Unsubscribe> {
    this.assertOpen();
    for (const subject of options.subjects) findStream(this.streams, subject);
    const since = Date.now() - options.replayMs;
    for (const event of this.history) {
      if (Date.parse(event.occurredAt) >= since) this.deliverToWatcher(options, event);
    }
    this.watchers.add(options);
    return async () => {
      this.watchers.delete(options);
    };
  }

  /** On a later turn, like every delivery; a handler's failure is logged and forgotten. */
  private deliverToWatcher(watcher: WatchOptions, envelope: EventEnvelope): void {
    if (!watcher.subjects.some((pattern) => subjectMatches(pattern, envelope.subject))) return;
    const event = copy(envelope);
    setImmediate(() => {
      if (this.closed || !this.watchers.has(watcher)) return;
      Promise.resolve()
        .then(() => watcher.handler(event))
        .catch((error: unknown) =>
          this.logger.error({ err: error, subject: event.subject, eventId: event.id }, 'event watcher threw'),
        );
    });
  }

  async consume(options: ConsumeOptions): Promise<Unsubscribe> {
    this.assertOpen();
    assertDurableName(options.durable);
    if (options.subjects.length === 0) throw new Error(`Consumer ${options.durable} names no subjects`);
    for (const subject of options.subjects) findStream(this.streams, subject);

    let group = this.groups.get(options.durable);
    if (!group) {
      // Like a new JetStream consumer with "deliver all": it starts from the oldest event kept.
      group = {
        durable: options.durable,
        subjects: [...options.subjects],
        members: [],
        turn: 0,
        queue: this.history.filter((event) =>
          options.subjects.some((pattern) => subjectMatches(pattern, event.subject)),
        ),
        failures: new Map(),
        pumping: false,
      };
      this.groups.set(options.durable, group);
    } else {
      group.subjects = [...options.subjects];
    }
    const member = options.handler;
    group.members.push(member);
    this.schedule(group);

    const joined = group;
    return async () => {
      const index = joined.members.indexOf(member);
      if (index >= 0) joined.members.splice(index, 1);
      await joined.current;
    };
  }

  publishLive(subject: string, data?: unknown): void {
    if (this.closed) return;
    const subscribers = [...this.live].filter((subscription) => subjectMatches(subscription.pattern, subject));
    if (subscribers.length === 0) return;
    const json = JSON.stringify(data ?? null);
    setImmediate(() => {
      for (const subscription of subscribers) {
        if (!this.live.has(subscription)) continue;
        try {
          subscription.handler(subject, JSON.parse(json));
        } catch (error) {
          this.logger.error({ err: error, subject }, 'live handler threw');
        }
      }
    });
  }

  async subscribeLive(subject: string, handler: LiveHandler): Promise<Unsubscribe> {
    this.assertOpen();
    const subscription = { pattern: subject, handler };
    this.live.add(subscription);
    return async () => {
      this.live.delete(subscription);
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.live.clear();
    this.watchers.clear();
    await Promise.all([...this.groups.values()].map((group) => group.current));
  }

  /** Handlers run on a later turn of the event loop, never inside the publisher's call stack. */
  private schedule(group: DurableGroup): void {
    if (group.pumping || group.members.length === 0 || group.queue.length === 0 || this.closed) return;
    group.pumping = true;
    setImmediate(() => void this.pump(group));
  }

  /** One delivery at a time per durable name, as the NATS adapter does per consumer. */
  private async pump(group: DurableGroup): Promise<void> {
    try {
      while (!this.closed && group.members.length > 0 && group.queue.length > 0) {
        const envelope = group.queue.shift() as EventEnvelope;
        const handler = group.members[group.turn++ % group.members.length];
        group.current = this.deliver(group, handler, envelope);
        await group.current;
      }
    } finally {
      group.current = undefined;
      group.pumping = false;
    }
  }

  private async deliver(group: DurableGroup, handler: EventHandler, envelope: EventEnvelope): Promise<void> {
    try {
      await handler(copy(envelope), { attempt: (group.failures.get(envelope.id) ?? 0) + 1, lastAttempt: false });
      group.failures.delete(envelope.id);
    } catch (error) {
      const failures = (group.failures.get(envelope.id) ?? 0) + 1;
      group.failures.set(envelope.id, failures);
      const delay = retryDelay(failures, this.retryDelayMs, this.maxRetryDelayMs);
      this.logger.warn(
        {
          err: error,
          durable: group.durable,
          subject: envelope.subject,
          eventId: envelope.id,
          failures,
          retryInMs: delay,
        },
        'event handler failed; redelivering later',
      );
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        // A redelivery goes ahead of newer events, as JetStream does once the delay has passed.
        group.queue.unshift(envelope);
        this.schedule(group);
      }, delay);
      this.timers.add(timer);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event bus is closed');
  }
}

/** What a NATS round trip would do to the value: a deep copy that keeps only JSON. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
