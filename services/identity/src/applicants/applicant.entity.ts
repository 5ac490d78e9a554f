import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('applicant')
export class ApplicantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique among open accounts (and never a present family member's: see one-nik-one-person.ts). */
  @Column({ type: 'char', length: 16 })
  nik!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** A calendar date; TypeORM hands it over as the YYYY-MM-DD string. */
  @Column({ type: 'date' })
  birthDate!: string;

  /** Stored lower-cased, so that sign-in by e-mail ignores case; unique among open accounts. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  passwordHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /** Set once she confirmed her e-mail address with the code sent to it. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  /**
   * Set when an officer released the NIK this account held (see nik-release): it no longer signs in,
   * and its NIK and e-mail address are free for a new account. The row stays for its bookings' sake.
   */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
