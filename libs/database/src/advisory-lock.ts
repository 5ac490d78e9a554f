import { EntityManager } from 'typeorm';

/**
 * Makes one kind of work take turns across replicas: holds a transaction-scoped advisory lock
 * named by `scope` (and `key`, for one office, one NIK…) until the caller's transaction ends, so a
 * replica that dies mid-way frees it at once.
 */
export async function lockUntilTransactionEnds(manager: EntityManager, scope: string, key = ''): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [scope, key]);
}
