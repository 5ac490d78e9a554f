import { message } from '@antrian/messages';

/** The refusals of e-mail confirmation (the catalogue's `identity.*` sentences). */
export const emailConfirmationMessages = {
  accountGone: message('identity.accountGone'),
  wrongCode: (remaining: number) => message('identity.wrongCode', { remaining }),
  noCode: message('identity.noCode'),
  expired: message('identity.codeExpired'),
  tooManyAttempts: message('identity.tooManyWrongCodes'),
  resendWait: (seconds: number) => message('identity.resendWait', { seconds }),
  tooManyCodes: (seconds: number) => message('identity.tooManyCodes', { hours: Math.ceil(seconds / 3600) }),
  mailFailed: message('identity.mailFailed'),
} as const;
