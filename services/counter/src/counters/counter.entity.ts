import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Stage } from '@antrian/contracts';

@Entity('counter')
export class CounterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true })
  stages!: Stage[];

  /** The officer who holds it; null while it is closed. */
  @Column({ type: 'uuid', nullable: true })
  officerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  /** While set, its officer keeps it but nothing is called there. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  /** Why it is paused; for the office's officers only. */
  @Column({ type: 'text', nullable: true })
  pauseReason!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
