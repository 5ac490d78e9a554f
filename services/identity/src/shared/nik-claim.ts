import { EntityManager } from 'typeorm';
import { DomainError } from '@antrian/subgraph';

/**
 * A NIK belongs to one person: an account holder or a family member on some account, never both
 * and never twice (otherwise one person could hold two active bookings through two accounts).
 * Each table has its own unique index, but nothing in PostgreSQL spans both, so every writer of a
 * NIK calls this first in its transaction: it takes the NIK's advisory lock until the transaction
 * ends, so that a concurrent writer of the same NIK waits and then sees this one's row, and
 * refuses a NIK that is already held.
 */
export async function claimNik(manager: EntityManager, nik: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.nik'), hashtext($1))`, [nik]);
  // Read after the lock: in READ COMMITTED each statement sees what committed before it began.
  const [{ taken }] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM applicant WHERE nik = $1) OR EXISTS (SELECT 1 FROM family_member WHERE nik = $1)
       AS taken`,
    [nik],
  );
  if (taken) throw nikAlreadyRegistered();
}

export function nikAlreadyRegistered(): DomainError {
  return new DomainError('ALREADY_REGISTERED', 'This NIK is already registered, on an account or as a family member');
}
