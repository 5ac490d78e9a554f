import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PriorityGroup, Stage, TicketStatus } from '@antrian/contracts';
import { Lane } from '../issuing/ticket-number';

@Entity('ticket')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  /** The office-local day of the check-in; numbers restart with it. */
  @Column({ type: 'date' })
  localDate!: string;

  @Column({ type: 'char', length: 1 })
  lane!: Lane;

  @Column({ type: 'text' })
  number!: string;

  /** Null for walk-ins. */
  @Column({ type: 'uuid', nullable: true })
  bookingId!: string | null;

  /** From the booking copy at check-in: who may follow the ticket on her phone. */
  @Column({ type: 'uuid', nullable: true })
  applicantId!: string | null;

  @Column({ type: 'text', nullable: true })
  priority!: PriorityGroup | null;

  @Column({ type: 'timestamptz', nullable: true })
  sessionStartsAt!: Date | null;

  @Column({ type: 'text' })
  status!: TicketStatus;

  @Column({ type: 'text' })
  stage!: Stage;

  /** Where it is called or served now; set exactly while CALLED or SERVING. */
  @Column({ type: 'uuid', nullable: true })
  counterId!: string | null;

  @Column({ type: 'timestamptz' })
  checkedInAt!: Date;

  /** See queue-order.ts. */
  @Column({ type: 'timestamptz' })
  queueKey!: Date;

  @Column({ type: 'timestamptz' })
  queuedAt!: Date;

  /** The latest announcement of its present call. */
  @Column({ type: 'timestamptz', nullable: true })
  calledAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  callCount!: number;

  @Column({ type: 'text', nullable: true })
  holdReason!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * Printed on the ticket as its QR code: whoever holds it follows the ticket without signing in.
   * 32 hex characters (122 random bits), set by the database at every ticket's creation.
   */
  @Column({ type: 'text', insert: false, update: false })
  followCode!: string;

  /** The kiosk that issued it (check-in at a kiosk); null when an officer did. */
  @Column({ type: 'uuid', nullable: true })
  issuedByDeviceId!: string | null;
}
