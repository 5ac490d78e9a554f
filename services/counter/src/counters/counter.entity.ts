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

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
