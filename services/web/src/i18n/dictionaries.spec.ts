import { en } from './en';
import { id } from './id';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the two languages', () => {
  it('say every sentence in both, key for key', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('keep the placeholders of each sentence', () => {
    const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
    const flat = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : Object.entries(value as object).flatMap(([key, inner]) => flat(inner, prefix ? `${prefix}.${key}` : key));
    const english = Object.fromEntries(flat(en));
    for (const [key, text] of flat(id)) expect([key, placeholders(english[key])]).toEqual([key, placeholders(text)]);
  });
});
