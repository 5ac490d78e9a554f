import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('applicant')
export class ApplicantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 16, unique: true })
  nik!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** A calendar date; TypeORM hands it over as the YYYY-MM-DD string. */
  @Column({ type: 'date' })
  birthDate!: string;

  /** Stored lower-cased, so that sign-in by e-mail ignores case. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  passwordHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;
}
