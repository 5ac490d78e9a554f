import { actsForOffice, Identity, isAdmin, managesOffice } from '@antrian/auth';
import { DomainError } from './domain-error';

/**
 * The access rules every subgraph shares, each answering UNAUTHENTICATED for nobody and
 * FORBIDDEN for the wrong somebody. Rules of one service stay in that service.
 */
export function requireIdentity(identity: Identity | null | undefined): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return identity;
}

export function requireAdmin(identity: Identity | null): Identity {
  if (!isAdmin(requireIdentity(identity))) throw new DomainError('FORBIDDEN', 'Only an ADMIN may do this');
  return identity!;
}

/** A SUPERVISOR of this office, or a national administrator. */
export function requireOfficeManager(identity: Identity | null, officeId: string): Identity {
  if (!managesOffice(requireIdentity(identity), officeId)) {
    throw new DomainError('FORBIDDEN', 'Only a SUPERVISOR of this office or an ADMIN may do this');
  }
  return identity!;
}

/** An officer of this office (any role), or a national administrator. */
export function requireOfficeOfficer(identity: Identity | null, officeId: string): Identity {
  if (!actsForOffice(requireIdentity(identity), officeId)) {
    throw new DomainError('FORBIDDEN', 'Only an officer of this office may do this');
  }
  return identity!;
}

export function requireApplicant(identity: Identity | null): Identity {
  if (requireIdentity(identity).kind !== 'applicant') {
    throw new DomainError('FORBIDDEN', 'Only an applicant may do this');
  }
  return identity!;
}
