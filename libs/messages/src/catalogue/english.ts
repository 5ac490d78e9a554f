import { Catalogue } from './indonesian';

/** The same sentences in English, on request (`Accept-Language: en`, `language: "ENGLISH"`). */
export const english: Catalogue = {
  'request.internalError': () => 'Something went wrong on our side. Please try again in a moment.',
  'request.rateLimited': (p) => `Too many requests. Please try again in ${p.seconds} seconds.`,
  'request.serviceUnavailable': () =>
    'A service did not answer in time. Please try again; repeating the same request is safe.',
  'request.payloadTooLarge': () => 'The request is too large.',

  'announcement.call': (p) => `Ticket ${p.number}, please go to ${p.counterName}.`,
};
