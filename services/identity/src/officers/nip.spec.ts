import { isValidNip } from './nip';

describe('isValidNip', () => {
  it('accepts a well-formed NIP', () => {
    expect(isValidNip('198001012005011001')).toBe(true);
    expect(isValidNip('199202292019032003')).toBe(true);
  });

  it.each([
    ['19800101200501100', 'too short'],
    ['19800101200501100a', 'not digits'],
    ['198013012005011001', 'month 13 in the birth date'],
    ['199302292019032003', '29 February of a common year'],
    ['198001012005131001', 'appointment month 13'],
    ['198001012005013001', 'sex digit 3'],
  ])('rejects %s (%s)', (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });
});
