import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { PrincipalKind } from '@antrian/auth';
import { RefreshTokenEntity } from './refresh-token.entity';

export type NewRefreshToken = Pick<
  RefreshTokenEntity,
  'tokenHash' | 'familyId' | 'principalKind' | 'principalId' | 'expiresAt' | 'familyExpiresAt'
>;

/** Refresh tokens by family (a session); every method works inside the caller's transaction. */
@Injectable()
export class RefreshTokenRepository {
  async insert(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.insert(RefreshTokenEntity, token);
  }

  /** The token with this hash, locked until the transaction ends, so that one use wins a race. */
  findForUpdate(manager: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('token')
      .setLock('pessimistic_write')
      .where('token.token_hash = :tokenHash', { tokenHash })
      .getOne();
  }

  async markUsed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(RefreshTokenEntity, { id }, { usedAt: at });
  }

  /** When the family's first token was issued: a family the previous version started has no stored end. */
  async familyStartedAt(manager: EntityManager, familyId: string): Promise<Date> {
    const row = await manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('token')
      .select('min(token.created_at)', 'startedAt')
      .where('token.family_id = :familyId', { familyId })
      .getRawOne<{ startedAt: Date }>();
    return row!.startedAt;
  }

  /** Ends one session of this principal; false when it holds no live token of that family. */
  async revokeFamily(
    manager: EntityManager,
    principal: { kind: PrincipalKind; id: string },
    familyId: string,
    at: Date,
  ): Promise<boolean> {
    const result = await manager.update(
      RefreshTokenEntity,
      { familyId, principalKind: principal.kind, principalId: principal.id, revokedAt: IsNull() },
      { revokedAt: at },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of the principal. */
  async revokeAllOf(manager: EntityManager, principal: { kind: PrincipalKind; id: string }, at: Date): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { principalKind: principal.kind, principalId: principal.id, revokedAt: IsNull() },
      { revokedAt: at },
    );
  }

  /** Reuse of a used token: whoever holds the family now may be a thief. */
  async revokeWholeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId }, { revokedAt: at });
  }
}
