import { Entity, PrimaryColumn } from 'typeorm';

/**
 * An office that serves a person, as scheduling's booking events said: its officers see her NIK
 * whole. A pair, once recorded, stays: the office keeps the file after the booking is over,
 * cancelled or moved elsewhere.
 */
@Entity('person_serving_office')
export class PersonServingOfficeEntity {
  /** The person a booking is for: an applicant's id, or a family member's. */
  @PrimaryColumn('uuid')
  personId!: string;

  @PrimaryColumn('uuid')
  officeId!: string;
}
