/** The refusals of e-mail confirmation, in one place (a later task moves them into the message catalogues). */
export const emailConfirmationMessages = {
  accountGone: 'This account no longer exists',
  wrongCode: (remaining: number) => `The code is wrong: ${remaining} tries left`,
  noCode: 'There is no code to confirm: ask for a new one',
  expired: 'The code has expired: ask for a new one',
  tooManyAttempts: 'Too many wrong codes: ask for a new one',
  resendWait: (seconds: number) => `A code was sent a moment ago: ask again in ${seconds} s`,
  tooManyCodes: (seconds: number) => `Too many codes today: ask again in ${Math.ceil(seconds / 3600)} h`,
  mailFailed: 'The e-mail could not be sent: try again later',
} as const;
