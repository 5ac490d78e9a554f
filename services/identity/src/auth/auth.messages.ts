/** The refusals of sign-in and sessions, in one place (a later task moves them into the message catalogues). */
export const authMessages = {
  wrongLogin: 'The login or the password is wrong',
  deactivated: 'This officer account has been deactivated: ask your supervisor',
  invalidSession: 'The refresh token is invalid, used or expired: sign in again',
} as const;
