import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BookingStatus, PriorityGroup, ServiceKind } from '@antrian/contracts';

@Entity('booking')
export class BookingEntity {
  /** Chosen by the service before the insert, so the outbox event can name it in the same transaction. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 8, unique: true })
  code!: string;

  @Column({ type: 'uuid' })
  applicantId!: string;

  /** The family member booked for, on the applicant's account; null when she booked for herself. */
  @Column({ type: 'uuid', nullable: true })
  familyMemberId!: string | null;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  service!: ServiceKind;

  @Column({ type: 'text', nullable: true })
  priority!: PriorityGroup | null;

  @Column({ type: 'text' })
  status!: BookingStatus;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  /** Why the office (or a released NIK) cancelled it; null when its applicant did, or it stands. */
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  /** 1 when made, one more with every change (a trigger keeps it): the booking events carry it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
