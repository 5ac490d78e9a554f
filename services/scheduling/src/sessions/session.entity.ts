import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceKind } from '@antrian/contracts';

export type SessionSource = 'TEMPLATE' | 'EXTRA';

@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'date' })
  localDate!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Places taken; only ever changed by one conditional UPDATE (see SessionRepository). */
  @Column({ type: 'integer', default: 0 })
  booked!: number;

  @Column({ type: 'timestamptz' })
  bookableFrom!: Date;

  @Column({ type: 'text' })
  source!: SessionSource;

  /** Null: every service kind; otherwise only these (a special service day). */
  @Column({ type: 'text', array: true, nullable: true })
  services!: ServiceKind[] | null;

  /** The office's reason, once it cancelled the session: its bookings are cancelled and no place is sold again. */
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Exact at the time of reading; a plain property, not a field resolver, because availability lists many. */
  get remaining(): number {
    return this.cancelledAt ? 0 : this.capacity - this.booked;
  }
}
