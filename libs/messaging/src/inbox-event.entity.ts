import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An event a consumer has handled: its effects were committed together with this row. */
@Entity({ name: 'inbox_event' })
@Index('inbox_event_handled_at_idx', ['handledAt'])
export class InboxEventEntity {
  /** The durable consumer's name: two consumers in one service handle the same event separately. */
  @PrimaryColumn({ name: 'consumer', type: 'text', primaryKeyConstraintName: 'inbox_event_pkey' })
  consumer!: string;

  /** Event ids come from an outbox, which makes them uuids. */
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'inbox_event_pkey' })
  eventId!: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt!: Date;
}
