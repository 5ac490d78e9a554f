import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Something the floor reported that scheduling could not square with its own records without
 * overselling a session (a check-in of a booking cancelled meanwhile, its place since taken): a
 * supervisor decides. One case per booking and reason.
 */
@Entity('reconciliation_case')
@Unique('reconciliation_case_booking_reason_key', ['bookingId', 'reason'])
export class ReconciliationCaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reconciliation_case_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  bookingId!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
