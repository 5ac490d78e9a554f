import Negotiator from 'negotiator';

/** The contract's `Language`: Bahasa Indonesia is the default everywhere. */
export const LANGUAGES = ['INDONESIAN', 'ENGLISH'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'INDONESIAN';

/** BCP 47 primary tags; `in` is the old code for Indonesian that some phones still send. */
const BY_TAG: Record<string, Language> = { id: 'INDONESIAN', in: 'INDONESIAN', en: 'ENGLISH' };
const TAG_OF: Record<Language, string> = { INDONESIAN: 'id', ENGLISH: 'en' };

/**
 * The language an HTTP request asks for with `Accept-Language`, weighed as the header says
 * (`en-US,en;q=0.9,id;q=0.8` is English); Bahasa Indonesia when it names neither.
 */
export function languageFromAcceptLanguage(header: string | string[] | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const value = Array.isArray(header) ? header.join(',') : header;
  for (const tag of new Negotiator({ headers: { 'accept-language': value } }).languages()) {
    const language = BY_TAG[tag.toLowerCase().split('-')[0]];
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A language a client names itself (the graphql-ws `connection_init` payload's `language`, a
 * GraphQL `Language` argument): `ENGLISH`, `EN`, `en`, `en-GB`, `INDONESIAN`, `ID`, `id`.
 * Anything else is the default.
 */
export function languageFromClientValue(value: unknown): Language {
  if (typeof value !== 'string') return DEFAULT_LANGUAGE;
  const upper = value.trim().toUpperCase();
  if ((LANGUAGES as readonly string[]).includes(upper)) return upper as Language;
  return BY_TAG[upper.toLowerCase().split('-')[0]] ?? DEFAULT_LANGUAGE;
}

/** The `Accept-Language` / `Content-Language` value for a language. */
export function languageTag(language: Language): string {
  return TAG_OF[language];
}
