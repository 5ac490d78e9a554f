import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Why an event is here: it failed for good, or this consumer does not know its version yet. */
export type DeadLetterReason = 'failed' | 'unknown_version';

/**
 * An event one consumer could not apply: kept with its error, instead of retried for days or
 * acknowledged and lost, until an operator replays it (`npm run events:replay-dead-letters`) or,
 * for an unknown version, the upgraded consumer picks it up at start.
 */
@Entity({ name: 'dead_letter_event' })
@Unique('dead_letter_event_consumer_event_key', ['consumer', 'eventId'])
@Index('dead_letter_event_open_idx', ['consumer', 'id'], { where: 'resolved_at IS NULL' })
export class DeadLetterEventEntity {
  @PrimaryGeneratedColumn('identity', {
    name: 'id',
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'dead_letter_event_pkey',
  })
  id!: string;

  @Column({ name: 'consumer', type: 'text' })
  consumer!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'subject', type: 'text' })
  subject!: string;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  /** The whole envelope, as delivered: what a replay hands to the consumer again. */
  @Column({ name: 'envelope', type: 'jsonb' })
  envelope!: unknown;

  @Column({ name: 'reason', type: 'text' })
  reason!: DeadLetterReason;

  @Column({ name: 'error', type: 'text' })
  error!: string;

  @Column({ name: 'attempts', type: 'integer', default: 1 })
  attempts!: number;

  @Column({ name: 'first_failed_at', type: 'timestamptz', default: () => 'now()' })
  firstFailedAt!: Date;

  @Column({ name: 'last_failed_at', type: 'timestamptz', default: () => 'now()' })
  lastFailedAt!: Date;

  @Column({ name: 'replay_requested_at', type: 'timestamptz', nullable: true })
  replayRequestedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
