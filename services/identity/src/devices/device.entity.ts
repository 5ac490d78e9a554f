import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeviceKind } from '@antrian/auth';

/** A kiosk (checks applicants in) or a display board (only watches) of one office. */
@Entity('device')
export class DeviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  kind!: DeviceKind;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** A revoked device's refresh tokens stop working. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
