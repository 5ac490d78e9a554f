import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What identity's events said of a person's birth date and sex (never her NIK or name), for the
 * priority-group rule. Applicants and family members alike, by their id.
 */
@Entity('person_facts')
export class PersonFactsEntity {
  @PrimaryColumn('uuid')
  personId!: string;

  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'char', length: 1 })
  sex!: 'F' | 'M';

  /** When identity stated these facts: an older event arriving late changes nothing. */
  @Column({ type: 'timestamptz' })
  asOf!: Date;
}
