import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/** Control characters (NUL, escape sequences) and invisible format characters (bidi overrides, zero-width). */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

export const DISPLAY_TEXT_MESSAGE = 'must not contain control or invisible formatting characters';

/**
 * The one form of a name that people read (applicants, family members, officers, devices,
 * counters, offices): Unicode NFC, so that one name has one spelling in storage and comparison.
 */
export function normaliseDisplayText(value: string): string {
  return value.normalize('NFC');
}

/**
 * True for text a person or a screen may show as it is. Control and format characters are
 * refused: a right-to-left override or a zero-width space lets one name pass for another.
 */
export function isDisplayText(value: unknown): value is string {
  return typeof value === 'string' && !HIDDEN_CHARACTERS.test(value);
}

/**
 * For an input field holding such a name: normalises it to NFC and refuses hidden characters
 * with BAD_USER_INPUT (through the subgraphs' validation pipe).
 */
export function IsDisplayText(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseDisplayText(value) : value)),
    ValidateBy({
      name: 'isDisplayText',
      validator: { validate: isDisplayText, defaultMessage: () => DISPLAY_TEXT_MESSAGE },
    }),
  );
}
