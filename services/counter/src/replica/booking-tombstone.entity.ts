import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BookingCopyStatus } from './booking-copy.entity';

/**
 * A booking scheduling ended before the floor heard of it (its creation event is late): when the
 * creation comes, the copy is made with this status, never BOOKED.
 */
@Entity('booking_tombstone')
export class BookingTombstoneEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'booking_tombstone_pkey' })
  id!: string;

  @Column({ type: 'text' })
  status!: Exclude<BookingCopyStatus, 'BOOKED'>;

  /** The booking's version in the ending event (null for version 1 events, which carry none). */
  @Column({ type: 'integer', nullable: true })
  sourceVersion!: number | null;

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
