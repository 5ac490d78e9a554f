import { Identity, isAdmin, managesOffice } from '@antrian/auth';
import { DomainError } from '@antrian/subgraph';

export function requireAdmin(identity: Identity | null): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!isAdmin(identity)) throw new DomainError('FORBIDDEN', 'Only an ADMIN may do this');
  return identity;
}

export function requireOfficeManager(identity: Identity | null, officeId: string): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (!managesOffice(identity, officeId)) {
    throw new DomainError('FORBIDDEN', 'Only a SUPERVISOR of this office or an ADMIN may do this');
  }
  return identity;
}

export function requireApplicant(identity: Identity | null): Identity {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (identity.kind !== 'applicant') throw new DomainError('FORBIDDEN', 'Only an applicant may do this');
  return identity;
}
