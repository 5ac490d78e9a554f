import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One-off sessions announced by scheduling (special service days, same-day extras). Bookings carry
 * their own session times, so check-in never needs this; it lets the floor see the day's extra
 * sessions coming.
 */
@Entity('session_copy')
export class SessionCopyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** 0 when the floor learnt of the session only from its cancellation. */
  @Column({ type: 'integer', default: 0 })
  capacity!: number;

  /** Set when the office cancelled it: nobody checks in for it any more. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;
}
