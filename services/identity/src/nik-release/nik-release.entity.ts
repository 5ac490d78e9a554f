import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReleasedPersonKind = 'APPLICANT' | 'FAMILY_MEMBER';

/**
 * The audit record of a NIK release: who released it, when, why, and which account or family
 * entry held it. The NIK itself stays on that (closed or removed) row, not here.
 */
@Entity('nik_release')
export class NikReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  releasedAt!: Date;

  /** The officer (SUPERVISOR or ADMIN) who saw the owner's identity card. */
  @Column({ type: 'uuid' })
  releasedBy!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  personKind!: ReleasedPersonKind;

  /** The closed account, or the removed family entry. */
  @Column({ type: 'uuid' })
  personId!: string;

  /** The account holder: the closed account itself, or the family entry's holder. */
  @Column({ type: 'uuid' })
  applicantId!: string;
}
