import { actsForOffice, Identity, isAdmin, managesOffice } from '@antrian/auth';
import { message } from '@antrian/messages';
import { DomainError } from './domain-error';

/**
 * The access rules every subgraph shares, each answering UNAUTHENTICATED for nobody and
 * FORBIDDEN for the wrong somebody. Rules of one service stay in that service.
 */
export function requireIdentity(identity: Identity | null | undefined): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', message('access.signIn'));
  return identity;
}

export function requireAdmin(identity: Identity | null): Identity {
  if (!isAdmin(requireIdentity(identity))) throw new DomainError('FORBIDDEN', message('access.adminOnly'));
  return identity!;
}

/** A SUPERVISOR of this office, or a national administrator. */
export function requireOfficeManager(identity: Identity | null, officeId: string): Identity {
  if (!managesOffice(requireIdentity(identity), officeId)) {
    throw new DomainError('FORBIDDEN', message('access.officeManagerOnly'));
  }
  return identity!;
}

/** An officer of this office (any role), or a national administrator. */
export function requireOfficeOfficer(identity: Identity | null, officeId: string): Identity {
  if (!actsForOffice(requireIdentity(identity), officeId)) {
    throw new DomainError('FORBIDDEN', message('access.officeOfficerOnly'));
  }
  return identity!;
}

export function requireApplicant(identity: Identity | null): Identity {
  if (requireIdentity(identity).kind !== 'applicant') {
    throw new DomainError('FORBIDDEN', message('access.applicantOnly'));
  }
  return identity!;
}
