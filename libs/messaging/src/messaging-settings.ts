import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const msList = z
  .string()
  .transform((value) => value.split(',').map((part) => Number(part.trim())))
  .refine((values) => values.length > 0 && values.every((ms) => Number.isInteger(ms) && ms > 0), {
    message: 'a comma-separated list of positive milliseconds',
  });

/**
 * The event bus's and the outbox's settings, read from the environment by every process that
 * uses `@antrian/messaging` (safe defaults; docs/configuration.md and docs/events-and-faults.md).
 */
export const messagingSettingsSchema = z.object({
  /** Copies JetStream keeps of each stream (3 on the Kubernetes NATS cluster). */
  NATS_STREAM_REPLICAS: positiveInt.max(5).default(1),
  /** Events older than this leave the streams; the outboxes keep them `OUTBOX_RETENTION_HOURS`. */
  EVENT_STREAM_MAX_AGE_DAYS: positiveInt.default(90),
  /** Each stream's size limit; the oldest events go first beyond it. */
  EVENT_STREAM_MAX_MB: positiveInt.default(1024),
  /** Deliveries of one event to one consumer before it goes to the dead-letter table. */
  EVENT_MAX_DELIVER: positiveInt.min(2).default(8),
  /** JetStream's redelivery delays after the 1st, 2nd, … failed delivery (the last repeats). */
  EVENT_BACKOFF_MS: msList.default('1000,5000,30000,120000,300000'),
  /** Events one consumer may hold unacknowledged: beyond, JetStream delivers nothing new to it. */
  EVENT_MAX_ACK_PENDING: positiveInt.default(256),
  /** How long a delivered event may stay unacknowledged before JetStream delivers it again. */
  EVENT_ACK_WAIT_SECONDS: positiveInt.default(30),
  /** Published outbox rows are kept this long, so `npm run events:republish` can send them again. */
  OUTBOX_RETENTION_HOURS: positiveInt.default(7 * 24),
  /** Inbox records are kept this long (never less than OUTBOX_RETENTION_HOURS + 24). */
  INBOX_RETENTION_HOURS: positiveInt.optional(),
  /** How often published outbox rows and old inbox records are pruned (in batches). */
  MESSAGING_PRUNE_INTERVAL_SECONDS: positiveInt.default(3600),
  /** How often a consumer looks for dead letters an operator asked to replay. */
  DEAD_LETTER_REPLAY_POLL_SECONDS: positiveInt.default(10),
});

export interface MessagingSettings {
  streamReplicas: number;
  streamMaxAgeMs: number;
  streamMaxBytes: number;
  maxDeliver: number;
  backoffMs: number[];
  maxAckPending: number;
  ackWaitMs: number;
  outboxRetentionMs: number;
  inboxRetentionMs: number;
  pruneIntervalMs: number;
  deadLetterPollMs: number;
}

const HOUR = 3_600_000;

export function loadMessagingSettings(env: Record<string, string | undefined> = process.env): MessagingSettings {
  const parsed = messagingSettingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid messaging settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const s = parsed.data;
  const outboxRetentionMs = s.OUTBOX_RETENTION_HOURS * HOUR;
  return {
    streamReplicas: s.NATS_STREAM_REPLICAS,
    streamMaxAgeMs: s.EVENT_STREAM_MAX_AGE_DAYS * 24 * HOUR,
    streamMaxBytes: s.EVENT_STREAM_MAX_MB * 1024 * 1024,
    maxDeliver: s.EVENT_MAX_DELIVER,
    backoffMs: s.EVENT_BACKOFF_MS,
    maxAckPending: s.EVENT_MAX_ACK_PENDING,
    ackWaitMs: s.EVENT_ACK_WAIT_SECONDS * 1000,
    outboxRetentionMs,
    // A republished event must still find its inbox record, or a consumer would apply it twice.
    inboxRetentionMs: Math.max((s.INBOX_RETENTION_HOURS ?? 0) * HOUR, outboxRetentionMs + 24 * HOUR),
    pruneIntervalMs: s.MESSAGING_PRUNE_INTERVAL_SECONDS * 1000,
    deadLetterPollMs: s.DEAD_LETTER_REPLAY_POLL_SECONDS * 1000,
  };
}

/** The redelivery delay after `deliveries` failed deliveries: the backoff's entry, the last one repeating. */
export function backoffDelay(backoffMs: readonly number[], deliveries: number): number {
  return backoffMs[Math.min(Math.max(deliveries, 1), backoffMs.length) - 1];
}
