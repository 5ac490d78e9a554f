import { defineMessages } from './define-messages';

/** What any request may be told, whichever service answers it. */
export const requestMessages = defineMessages(
  {
    'request.internalError': () => 'Terjadi kesalahan pada sistem. Silakan coba lagi sebentar lagi.',
    'request.rateLimited': (p: { seconds: number }) =>
      `Terlalu banyak permintaan. Silakan coba lagi dalam ${p.seconds} detik.`,
    'request.serviceUnavailable': () =>
      'Layanan sedang tidak menjawab. Silakan coba lagi; permintaan yang sama aman diulang.',
    'request.payloadTooLarge': () => 'Permintaan terlalu besar.',
    'request.unverifiedIdentity': () => 'Identitas permintaan ini tidak dapat diverifikasi.',
  },
  {
    'request.internalError': () => 'Something went wrong on our side. Please try again in a moment.',
    'request.rateLimited': (p) => `Too many requests. Please try again in ${p.seconds} seconds.`,
    'request.serviceUnavailable': () =>
      'A service did not answer in time. Please try again; repeating the same request is safe.',
    'request.payloadTooLarge': () => 'The request is too large.',
    'request.unverifiedIdentity': () => 'The identity of this request could not be verified.',
  },
);
