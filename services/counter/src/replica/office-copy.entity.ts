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

  @Column({ type: 'timestamptz' })
  sourceOccurredAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
