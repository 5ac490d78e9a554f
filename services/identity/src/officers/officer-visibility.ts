import { Identity, isAdmin } from '@antrian/auth';

/**
 * Who may see an officer (her NIP, which is her login, her name, when she last signed in) when
 * another service points at her, as a counter does: the officers of her own office, a national
 * administrator, and she herself. Never an anonymous caller, a kiosk or board, or an applicant:
 * what the public board shows must not name anyone, nor hand out logins to lock out.
 */
export function maySeeOfficer(caller: Identity | null, officer: { id: string; officeId: string | null }): boolean {
  if (caller?.kind !== 'officer') return false;
  return (
    caller.sub === officer.id || isAdmin(caller) || (officer.officeId !== null && caller.officeId === officer.officeId)
  );
}
