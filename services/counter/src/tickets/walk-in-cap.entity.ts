import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A supervisor's daily cap on walk-in tickets for her office. */
@Entity('walk_in_cap')
export class WalkInCapEntity {
  @PrimaryColumn('uuid')
  officeId!: string;

  @Column({ type: 'integer' })
  dailyCap!: number;

  @Column({ type: 'uuid' })
  setBy!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
