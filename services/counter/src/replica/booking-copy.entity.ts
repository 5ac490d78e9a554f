import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PriorityGroup, ServiceKind } from '@antrian/contracts';

/**
 * What the floor knows of a booking. "Checked in" is not a status here: a booking is checked in
 * exactly when a ticket names it.
 */
export type BookingCopyStatus = 'BOOKED' | 'CANCELLED' | 'NO_SHOW';

@Entity('booking_copy')
export class BookingCopyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'uuid' })
  applicantId!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'timestamptz' })
  sessionStartsAt!: Date;

  @Column({ type: 'timestamptz' })
  sessionEndsAt!: Date;

  @Column({ type: 'text' })
  service!: ServiceKind;

  @Column({ type: 'text', nullable: true })
  priority!: PriorityGroup | null;

  @Column({ type: 'text' })
  status!: BookingCopyStatus;

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;

  /** The booking's version in the newest event applied (null while only version 1 events came). */
  @Column({ type: 'integer', nullable: true })
  sourceVersion!: number | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
