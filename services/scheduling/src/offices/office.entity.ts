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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
