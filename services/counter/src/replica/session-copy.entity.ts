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

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;
}
