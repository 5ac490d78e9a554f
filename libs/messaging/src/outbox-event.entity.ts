import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An event written in the same transaction as the state change it announces, waiting for the
 * relay to publish it. Column names are explicit so the table reads the same in every service,
 * whatever naming strategy its data source uses.
 */
@Entity({ name: 'outbox_event' })
@Unique('outbox_event_id_key', ['id'])
@Index('outbox_event_unpublished_idx', ['position'], { where: 'published_at IS NULL' })
@Index('outbox_event_published_at_idx', ['publishedAt'], { where: 'published_at IS NOT NULL' })
export class OutboxEventEntity {
  /** Commit order is not id order: the relay publishes by this sequence. A bigint, so a string. */
  @PrimaryGeneratedColumn('identity', {
    name: 'position',
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'outbox_event_pkey',
  })
  position!: string;

  /** The event id: `Nats-Msg-Id` on the bus and the key of every consumer's inbox. */
  @Column({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'subject', type: 'text' })
  subject!: string;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  @Column({ name: 'payload', type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Publish attempts, the successful one included. */
  @Column({ name: 'attempts', type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** The W3C trace context (`traceparent`, `tracestate`) of the change, when it was traced. */
  @Column({ name: 'trace_context', type: 'jsonb', nullable: true })
  traceContext!: Record<string, string> | null;
}
