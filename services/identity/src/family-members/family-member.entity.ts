import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person an applicant books for on her account (a child, a parent), with her own NIK. */
@Entity('family_member')
export class FamilyMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The account holder, who books for her. */
  @Column({ type: 'uuid' })
  applicantId!: string;

  /** Unique among present entries and never an open account's NIK too (see one-nik-one-person.ts). */
  @Column({ type: 'char', length: 16 })
  nik!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** A calendar date; TypeORM hands it over as the YYYY-MM-DD string. */
  @Column({ type: 'date' })
  birthDate!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the entry was removed (its NIK released to its owner); kept for its bookings' sake. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
