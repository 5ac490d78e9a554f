import { EventEnvelope } from '@antrian/contracts';

/** Which delivery of an event this is, so a handler can dead-letter it on the last one. */
export interface Delivery {
  /** 1 for the first delivery. */
  attempt: number;
  /** No delivery comes after this one if it fails. */
  lastAttempt: boolean;
}

export type EventHandler = (envelope: EventEnvelope, delivery?: Delivery) => Promise<void>;
export type LiveHandler = (subject: string, data: unknown) => void;

export interface Unsubscribe {
  (): Promise<void>;
}

export interface ConsumeOptions {
  /** Durable consumer name, stable across restarts (e.g. `scheduling-counter-events`). */
  durable: string;
  /** Event subjects this consumer wants, e.g. `['counter.ticket.checked_in']`. */
  subjects: string[];
  /** Throwing makes the bus redeliver the event later. */
  handler: EventHandler;
  /**
   * A message on one of the subjects whose payload is not an event at all (not JSON): it would fail
   * the same way on every delivery, so the consumer keeps it aside (dead-letters it). Throwing makes
   * the bus deliver it again later. Absent: the bus logs it and drops it.
   */
  onUnreadable?: (message: UnreadableMessage) => Promise<void>;
}

/** What the bus knows of a message it could not read as an event envelope. */
export interface UnreadableMessage {
  /** Stable for the message (a uuid derived from its place in the stream): redeliveries share it. */
  id: string;
  subject: string;
  /** The payload as text. */
  data: string;
  /** Why it is not an event, e.g. `the payload is not JSON (SyntaxError: …)`. */
  error: string;
  /** 1 for the first delivery. */
  attempt: number;
}

export interface WatchOptions {
  /** Event subjects, e.g. `['identity.access.revoked']`. */
  subjects: string[];
  /** How far back every (re)start of the watch begins: events of the last `replayMs` come again. */
  replayMs: number;
  /** Throwing changes nothing: the event is not redelivered (nothing is acknowledged). */
  handler: (envelope: EventEnvelope) => void | Promise<void>;
}

/**
 * The port every service talks to. Two adapters: NATS JetStream (durable, for production and CI)
 * and in-process (for `npm start` without `NATS_URL`; same contract, not durable).
 *
 * Durable events: `publish` is at-least-once and de-duplicated by `envelope.id`; `consume`
 * delivers each event to one member of a durable consumer group and redelivers it until the
 * handler succeeds. Live messages: `publishLive` reaches every current `subscribeLive` listener
 * (every gateway replica), at most once.
 */
export interface EventBus {
  readonly durable: boolean;
  publish(envelope: EventEnvelope): Promise<void>;
  consume(options: ConsumeOptions): Promise<Unsubscribe>;
  publishLive(subject: string, data?: unknown): void;
  /** `subject` may use NATS wildcards (`*`, `>`). */
  subscribeLive(subject: string, handler: LiveHandler): Promise<Unsubscribe>;
  /**
   * Every watcher gets every durable event on `subjects` (unlike `consume`, whose group shares
   * them out), from `replayMs` ago on: what each replica of a process must know, such as
   * revocations. Nothing is stored for the watcher and nothing acknowledged; on every start or
   * reconnection it replays the last `replayMs`, so the handler sees some events twice and must
   * be idempotent.
   */
  watchEvents(options: WatchOptions): Promise<Unsubscribe>;
  /**
   * Calls `listener` whenever the bus (re)connects to its broker, e.g. to publish what waited
   * meanwhile at once. Returns a function that removes it. Optional: the in-process bus is always up.
   */
  onConnected?(listener: () => void): () => void;
  close(): Promise<void>;
  /** Connected to the broker now; absent: always (the in-process bus). Readiness asks it. */
  isOnline?(): boolean;
  /** Backlog per durable consumer this process runs (JetStream's view); absent: not measured. */
  consumerLag?(): Promise<ConsumerLag[]>;
}

export interface ConsumerLag {
  stream: string;
  durable: string;
  /** Events in the stream not yet delivered to this consumer. */
  pending: number;
  /** Events delivered and not yet acknowledged (being handled, or waiting for redelivery). */
  ackPending: number;
}

export const EVENT_BUS = Symbol('EVENT_BUS');
