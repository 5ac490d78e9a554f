import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or 5/S look-alikes: the code is read aloud over the phone and typed at a counter. */
export const BOOKING_CODE_ALPHABET = '2346789ABCDEFGHJKMNPQRTUVWXYZ';
export const BOOKING_CODE_LENGTH = 8;

/** 29^8 ≈ 5·10^11 codes: collisions are rare, and the unique index catches the rest. */
export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i += 1)
    code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, made comparable: case and separators ignored. */
export function normalizeBookingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
