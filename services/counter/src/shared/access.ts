import { message } from '@antrian/messages';
import { actsForOffice, Identity } from '@antrian/auth';
import { DomainError, requireIdentity } from '@antrian/subgraph';

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
  const caller = requireIdentity(identity);
  if (!isDeviceOf(caller, officeId, 'KIOSK') && !actsForOffice(caller, officeId)) {
    throw new DomainError('FORBIDDEN', message('counterDesk.checkInByKioskOrOfficer'));
  }
  return caller;
}

/**
 * A typed booking code: only an officer of the office (who has the applicant and her papers in
 * front of her). A kiosk scans the QR code, whose signature cannot be guessed; it never looks a
 * code up, so a kiosk cannot be used to try codes one after another.
 */
export function requireCodeDesk(identity: Identity, officeId: string): Identity {
  if (!actsForOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', message('counterDesk.kioskScansOfficerTypes'));
  }
  return identity;
}

/** The floor's screens: its officers and its own kiosks and boards. */
export function requireFloorViewer(identity: Identity | null, officeId: string): Identity {
  const caller = requireIdentity(identity);
  if (!isDeviceOf(caller, officeId, 'KIOSK', 'BOARD') && !actsForOffice(caller, officeId)) {
    throw new DomainError('FORBIDDEN', message('counterDesk.officeStaffOnly'));
  }
  return caller;
}
