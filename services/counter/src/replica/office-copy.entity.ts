import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Scheduling's office as the floor needs it: its zone ("today") and its check-in rule. */
@Entity('office_copy')
export class OfficeCopyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'integer' })
  checkInOpensMinutesBefore!: number;

  /** A ticket is announced again no sooner than this after its latest call. */
  @Column({ type: 'integer', default: 60 })
  recallGapSeconds!: number;

  /** A ticket is announced at most this often (the first call included). */
  @Column({ type: 'integer', default: 3 })
  maxCalls!: number;

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
