import { isUUID } from 'class-validator';
import { message } from '@antrian/messages';
import { DomainError } from '@antrian/subgraph';

/**
 * Every id identity hands out is a UUID: anything else is refused as BAD_USER_INPUT before it
 * reaches PostgreSQL (which would answer it with an error of its own).
 */
export function requireUuid(id: string, what: 'office' | 'officer' | 'device'): string {
  if (!isUUID(id)) throw new DomainError('BAD_USER_INPUT', message('identity.notAnId', { what }));
  return id;
}
