import { message } from '@antrian/messages';
import { violatedUniqueConstraint } from '@antrian/database';
import { DomainError } from '@antrian/subgraph';

/**
 * A NIK belongs to one person: an account holder or a family member on some account, never both
 * and never twice (otherwise one person could hold two active bookings through two accounts). The
 * database keeps it for every writer (migration OneNikOnePerson1764300000005): each table's unique
 * index on `nik`, and a trigger on both that refuses a NIK the other table holds, with this
 * constraint name. The services just insert, and answer the violation with `nikAlreadyRegistered`.
 */
export const NIK_ONE_PERSON_CONSTRAINT = 'nik_one_person';

/** The unique indexes on `nik` (PostgreSQL's default names) and the trigger's constraint. */
const NIK_CONSTRAINTS = new Set(['applicant_nik_key', 'family_member_nik_key', NIK_ONE_PERSON_CONSTRAINT]);

/** Whether the error is the database refusing a NIK that some person already holds. */
export function isNikTaken(error: unknown): boolean {
  const constraint = violatedUniqueConstraint(error);
  return constraint !== undefined && NIK_CONSTRAINTS.has(constraint);
}

export function nikAlreadyRegistered(): DomainError {
  return new DomainError('ALREADY_REGISTERED', message('identity.nikTaken'));
}
