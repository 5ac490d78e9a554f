import { OfficerRole } from '@antrian/contracts';

export type PrincipalKind = 'applicant' | 'officer' | 'device';
export type DeviceKind = 'KIOSK' | 'BOARD';

/**
 * Who is calling, as verified by the gateway from an access token. Subgraphs receive it in a
 * gateway-signed header and apply their own rules to it.
 */
export interface Identity {
  /** Applicant, officer or device id. */
  sub: string;
  kind: PrincipalKind;
  /** Officers only; empty otherwise. */
  roles: OfficerRole[];
  /** Officers and devices: their office; null for national administrators and applicants. */
  officeId: string | null;
  deviceKind?: DeviceKind;
  /**
   * Applicants only: whether she may book as far as her e-mail is concerned (confirmed, or the
   * deployment does not ask for it). Absent in tokens issued before the claim existed.
   */
  emailConfirmed?: boolean;
  /**
   * The session (refresh-token family) the access token belongs to; its `sid` claim. Signing out
   * ends it, and a revocation may name it. Absent in tokens issued before the claim existed.
   */
  sessionId?: string;
}

export function hasRole(identity: Identity | null | undefined, ...roles: OfficerRole[]): boolean {
  return identity?.kind === 'officer' && roles.some((role) => identity.roles.includes(role));
}

export function isAdmin(identity: Identity | null | undefined): boolean {
  return hasRole(identity, 'ADMIN');
}

/** An officer of this office (any role), or a national administrator. */
export function actsForOffice(identity: Identity | null | undefined, officeId: string): boolean {
  if (identity?.kind !== 'officer') return false;
  return isAdmin(identity) || identity.officeId === officeId;
}

/** A SUPERVISOR of this office, or a national administrator: who changes an office's set-up. */
export function managesOffice(identity: Identity | null | undefined, officeId: string): boolean {
  return isAdmin(identity) || (hasRole(identity, 'SUPERVISOR') && identity?.officeId === officeId);
}
