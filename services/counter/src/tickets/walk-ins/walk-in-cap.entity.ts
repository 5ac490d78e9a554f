import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A supervisor's daily caps on walk-in tickets for her office: one for walk-ins without a priority
 * group (lane W), one for priority walk-ins (lane P). Null: not set, the configured default applies.
 */
@Entity('walk_in_cap')
export class WalkInCapEntity {
  @PrimaryColumn('uuid')
  officeId!: string;

  @Column({ type: 'integer', nullable: true })
  dailyCap!: number | null;

  @Column({ type: 'integer', nullable: true })
  priorityDailyCap!: number | null;

  @Column({ type: 'uuid' })
  setBy!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
