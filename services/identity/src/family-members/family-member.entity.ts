import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person an applicant books for on her account (a child, a parent), with her own NIK. */
@Entity('family_member')
export class FamilyMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The account holder, who books for her. */
  @Column({ type: 'uuid' })
  applicantId!: string;

  /** Unique here and never an applicant's NIK too (see one-nik-one-person.ts). */
  @Column({ type: 'char', length: 16, unique: true })
  nik!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** A calendar date; TypeORM hands it over as the YYYY-MM-DD string. */
  @Column({ type: 'date' })
  birthDate!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
