import { catalogues, isLocalizedMessage, localize, message, messageKeys, translate } from './messages';

const NUMERIC = /seconds|count|minutes|hours|remaining|max|limit|cost|days|asked|age|weekday/i;

/**
 * Sample values for every parameter a template may take, each one recognisable in the sentence:
 * `«name»` for text, a number of its own for counts.
 */
function sample(): { params: object; used: Set<string> } {
  const used = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_target, name) => {
        const key = String(name);
        used.add(key);
        if (!NUMERIC.test(key)) return `«${key}»`;
        return 100 + [...key].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 800, 0);
      },
    },
  );
  return { params, used };
}

describe('the message catalogue', () => {
  it('has every message in both languages, each rendering a non-empty sentence of its own', () => {
    const indonesianKeys = Object.keys(catalogues.INDONESIAN).sort();
    expect(indonesianKeys.length).toBeGreaterThan(100);
    expect(Object.keys(catalogues.ENGLISH).sort()).toEqual(indonesianKeys);
    for (const key of messageKeys()) {
      const render = (language: 'INDONESIAN' | 'ENGLISH') => {
        const { params, used } = sample();
        return { text: (catalogues[language][key] as (params: unknown) => string)(params), used: [...used].sort() };
      };
      const [indonesian, english] = [render('INDONESIAN'), render('ENGLISH')];
      const [id, en] = [indonesian.text, english.text];
      // Both languages say the same things: each reads the same parameters and shows each of them.
      expect({ key, params: english.used }).toEqual({ key, params: indonesian.used });
      const shown = (text: string) => (text.match(/«\w+»|\d{3}/g) ?? []).sort();
      expect({ key, shown: shown(en) }).toEqual({ key, shown: shown(id) });
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
