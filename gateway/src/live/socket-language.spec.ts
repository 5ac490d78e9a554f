import { IncomingMessage } from 'node:http';
import { socketLanguage } from './live-subscription.server';

const upgrade = (acceptLanguage?: string) =>
  ({ headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} }) as IncomingMessage;

describe('socketLanguage', () => {
  it('takes the language connection_init names, in the contract’s and the short forms', () => {
    expect(socketLanguage({ language: 'ENGLISH' }, upgrade())).toBe('ENGLISH');
    expect(socketLanguage({ language: 'EN' }, upgrade('id'))).toBe('ENGLISH');
    expect(socketLanguage({ language: 'INDONESIAN' }, upgrade('en'))).toBe('INDONESIAN');
    expect(socketLanguage({ language: 'ID' }, upgrade('en'))).toBe('INDONESIAN');
  });

  it('falls back to the upgrade request’s Accept-Language, then to Bahasa Indonesia', () => {
    expect(socketLanguage({}, upgrade('en-US,en;q=0.9'))).toBe('ENGLISH');
    expect(socketLanguage(undefined, upgrade())).toBe('INDONESIAN');
    expect(socketLanguage({ language: 'klingon' }, upgrade('en'))).toBe('INDONESIAN');
  });
});
