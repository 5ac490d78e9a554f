import { languageFromAcceptLanguage, languageFromClientValue, languageTag } from './language';

describe('languages', () => {
  it('reads Accept-Language by its weights, Bahasa Indonesia when it names neither language', () => {
    expect(languageFromAcceptLanguage('en')).toBe('ENGLISH');
    expect(languageFromAcceptLanguage('en-US,en;q=0.9,id;q=0.8')).toBe('ENGLISH');
    expect(languageFromAcceptLanguage('id-ID,id;q=0.9,en;q=0.8')).toBe('INDONESIAN');
    expect(languageFromAcceptLanguage('fr-FR,en;q=0.5')).toBe('ENGLISH');
    expect(languageFromAcceptLanguage('en;q=0.2,in;q=0.9')).toBe('INDONESIAN');
    expect(languageFromAcceptLanguage('fr, de')).toBe('INDONESIAN');
    expect(languageFromAcceptLanguage(undefined)).toBe('INDONESIAN');
    expect(languageFromAcceptLanguage('*')).toBe('INDONESIAN');
  });

  it('reads the language a client names itself, in the forms clients use', () => {
    expect(languageFromClientValue('ENGLISH')).toBe('ENGLISH');
    expect(languageFromClientValue('EN')).toBe('ENGLISH');
    expect(languageFromClientValue('en-GB')).toBe('ENGLISH');
    expect(languageFromClientValue('INDONESIAN')).toBe('INDONESIAN');
    expect(languageFromClientValue('id')).toBe('INDONESIAN');
    expect(languageFromClientValue('klingon')).toBe('INDONESIAN');
    expect(languageFromClientValue(42)).toBe('INDONESIAN');
    expect(languageTag('ENGLISH')).toBe('en');
    expect(languageTag('INDONESIAN')).toBe('id');
  });
});
