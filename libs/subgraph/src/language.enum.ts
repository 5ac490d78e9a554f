import { registerEnumType } from '@nestjs/graphql';
import { Language, LANGUAGES } from '@antrian/messages';

/** The contract's `enum Language { INDONESIAN ENGLISH }`, for arguments that choose a language. */
export const LanguageEnum = Object.fromEntries(LANGUAGES.map((language) => [language, language])) as {
  [K in Language]: K;
};

registerEnumType(LanguageEnum, {
  name: 'Language',
  description: 'Bahasa Indonesia is the default everywhere',
});
