import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An office that serves a booking of an account, as scheduling's booking events said. Its officers
 * see the NIKs of the account and of its family members whole. A pair, once recorded, stays: the
 * office keeps the file after the booking is over, cancelled or moved elsewhere.
 */
@Entity('applicant_serving_office')
export class ApplicantServingOfficeEntity {
  /** The account holder (a booking for a family member is on her account). */
  @PrimaryColumn('uuid')
  applicantId!: string;

  @PrimaryColumn('uuid')
  officeId!: string;

  /** When the first booking event that names this pair happened. */
  @Column({ type: 'timestamptz' })
  since!: Date;
}
