import { message } from '@antrian/messages';

/** The refusals of sign-in and sessions (the catalogue's `identity.*` sentences). */
export const authMessages = {
  wrongLogin: message('identity.wrongLogin'),
  deactivated: message('identity.deactivated'),
  invalidSession: message('identity.invalidSession'),
} as const;
