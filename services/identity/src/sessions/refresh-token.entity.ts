import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalKind } from '@antrian/auth';

/**
 * A refresh token works once: using it marks it used and issues the next one of its family. A
 * used token presented again means it was stolen (or replayed), and the whole family is revoked.
 * Only a SHA-256 of the token is stored.
 */
@Entity('refresh_token')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'text' })
  principalKind!: PrincipalKind;

  @Column({ type: 'uuid' })
  principalId!: string;

  /** When this token stops working unused: REFRESH_TOKEN_TTL_DAYS, and never after its family's end. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /**
   * When the whole family (session) ends, however often it is renewed; copied from token to token.
   * Null for a device's (it lasts until the device is revoked) and for families the previous
   * version started.
   */
  @Column({ type: 'timestamptz', nullable: true })
  familyExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
