import { catalogues, isLocalizedMessage, localize, message, messageKeys, translate } from './messages';

/** Sample values for every parameter a template may take, so that each one can be rendered. */
const SAMPLE = new Proxy({}, { get: (_target, name) => (String(name).match(/seconds|count|minutes/i) ? 7 : 'X-1') });

describe('the message catalogue', () => {
  it('has every message in both languages, each rendering a non-empty sentence of its own', () => {
    const indonesianKeys = Object.keys(catalogues.INDONESIAN).sort();
    expect(Object.keys(catalogues.ENGLISH).sort()).toEqual(indonesianKeys);
    for (const key of messageKeys()) {
      const render = (language: 'INDONESIAN' | 'ENGLISH') =>
        (catalogues[language][key] as (params: unknown) => string)(SAMPLE);
      const [id, en] = [render('INDONESIAN'), render('ENGLISH')];
      expect({ key, id: id.trim().length > 0, en: en.trim().length > 0 }).toEqual({ key, id: true, en: true });
      expect({ key, same: id === en }).toEqual({ key, same: false });
      expect({ key, id: /undefined|\[object/.test(id), en: /undefined|\[object/.test(en) }).toEqual({
        key,
        id: false,
        en: false,
      });
    }
  });

  it('renders a chosen message in the reader’s language, Bahasa Indonesia by default', () => {
    const call = message('announcement.call', { number: 'A-017', counterName: 'Loket 2' });
    expect(localize(call)).toBe('Nomor antrian A-017, silakan menuju Loket 2.');
    expect(localize(call, 'ENGLISH')).toBe('Ticket A-017, please go to Loket 2.');
    expect(translate('ENGLISH', 'request.rateLimited', { seconds: 12 })).toBe(
      'Too many requests. Please try again in 12 seconds.',
    );
    expect(isLocalizedMessage(call)).toBe(true);
    expect(isLocalizedMessage({ key: 'no.such.key', params: [] })).toBe(false);
    expect(isLocalizedMessage('Nomor antrian')).toBe(false);
  });
});
