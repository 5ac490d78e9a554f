import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OfficerRole } from '@antrian/contracts';

@Entity('officer')
export class OfficerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 18, unique: true })
  nip!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Null for national administrators. */
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'text', array: true })
  roles!: OfficerRole[];

  @Column({ type: 'text' })
  passwordHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /** Set when she was deactivated (she left): she no longer signs in, her sessions ended then. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
