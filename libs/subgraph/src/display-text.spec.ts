import { isDisplayText, normaliseDisplayText } from './display-text';

describe('display text (names people read)', () => {
  it.each(['Siti Rahayu', 'Loket 3', 'Kantor Imigrasi Kelas I TPI Denpasar', 'Nguyễn Thị Ánh', 'محمد', ''])(
    'accepts %j',
    (value) => expect(isDisplayText(value)).toBe(true),
  );

  it.each([
    ['a NUL', 'Siti\u0000Rahayu'],
    ['a line feed', 'Siti\nRahayu'],
    ['an escape sequence', 'Siti\u001b[31mRahayu'],
    ['a right-to-left override', 'Siti \u202eayuhaR'],
    ['a zero-width space', 'Siti\u200bRahayu'],
    ['a zero-width joiner', 'Siti\u200dRahayu'],
    ['a byte order mark', '\ufeffSiti'],
  ])('refuses %s', (_what, value) => expect(isDisplayText(value)).toBe(false));

  it('refuses what is not a string', () => {
    expect(isDisplayText(42)).toBe(false);
    expect(isDisplayText(undefined)).toBe(false);
  });

  it('normalises to NFC, so that a composed and a decomposed é are one name', () => {
    const decomposed = 'Rene\u0301';
    expect(normaliseDisplayText(decomposed)).toBe('Ren\u00e9');
    expect(normaliseDisplayText(decomposed)).toHaveLength(4);
  });
});
