import { actsForOffice, Identity, managesOffice } from '@antrian/auth';
import { DomainError } from '@antrian/subgraph';

/** An officer of this office (any role) or an ADMIN: who works the floor. */
export function requireOfficeOfficer(identity: Identity | null, officeId: string): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!actsForOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', 'Only an officer of this office may do this');
  }
  return identity;
}

export function requireOfficeManager(identity: Identity | null, officeId: string): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!managesOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', 'Only a SUPERVISOR of this office or an ADMIN may do this');
  }
  return identity;
}

/** A kiosk or display board registered to this office. */
export function isDeviceOf(identity: Identity | null, officeId: string, ...kinds: ('KIOSK' | 'BOARD')[]): boolean {
  return (
    identity?.kind === 'device' &&
    identity.officeId === officeId &&
    identity.deviceKind !== undefined &&
    kinds.includes(identity.deviceKind)
  );
}

/** Check-in: the office's kiosk or one of its officers; never an applicant, never a board. */
export function requireCheckInDesk(identity: Identity | null, officeId: string): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!isDeviceOf(identity, officeId, 'KIOSK') && !actsForOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', 'Only a kiosk or an officer of this office checks bookings in');
  }
  return identity;
}

/** The floor's screens: its officers and its own kiosks and boards. */
export function requireFloorViewer(identity: Identity | null, officeId: string): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!isDeviceOf(identity, officeId, 'KIOSK', 'BOARD') && !actsForOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', 'Only the officers and devices of this office may see this');
  }
  return identity;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing (and must never reach a uuid column as SQL). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
