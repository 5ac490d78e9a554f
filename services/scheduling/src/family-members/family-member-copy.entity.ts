import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which account a family member (owned by identity) belongs to, as identity's events said. */
@Entity('family_member_copy')
export class FamilyMemberCopyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicantId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;

  /** Her NIK was released from this entry: nobody books for her through it any more. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
