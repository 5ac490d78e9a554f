import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one code an applicant may confirm her e-mail with now; gone once she confirmed it. */
@Entity('email_confirmation')
export class EmailConfirmationEntity {
  @PrimaryColumn('uuid')
  applicantId!: string;

  /** HMAC of the code (see ConfirmationCodes): the table alone does not tell the code. */
  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'integer', default: 0 })
  failedAttempts!: number;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
