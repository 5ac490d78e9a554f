import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReleaseMode } from '../calendar/office-calendar';

@Entity('office')
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'integer', default: 0 })
  bookingClosesMinutesBefore!: number;

  @Column({ type: 'integer', default: 1440 })
  changeCutoffMinutes!: number;

  @Column({ type: 'integer', default: 60 })
  checkInOpensMinutesBefore!: number;

  @Column({ type: 'text', default: 'MONTHLY' })
  releaseMode!: ReleaseMode;

  @Column({ type: 'integer', default: 30 })
  releaseDaysAhead!: number;

  @Column({ type: 'text', default: '09:00' })
  releaseTime!: string;

  /** How often one booking may be moved to another session (M-Paspor's rule: once). */
  @Column({ type: 'integer', default: 1 })
  maxReschedules!: number;

  /** The counter's call rules, published in the office's events: least seconds between two calls of a ticket. */
  @Column({ type: 'integer', default: 60 })
  recallGapSeconds!: number;

  /** Calls of one ticket before it may only be marked a no-show. */
  @Column({ type: 'integer', default: 3 })
  maxCalls!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
