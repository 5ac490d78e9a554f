import { Catalogue, english, indonesian } from './catalogue';
import { DEFAULT_LANGUAGE, Language } from './language';

const CATALOGUES: Record<Language, Catalogue> = { INDONESIAN: indonesian, ENGLISH: english };

export type MessageKey = keyof Catalogue;
/** The parameters a message needs: none, or one object of named values. */
export type MessageParams<K extends MessageKey> = Parameters<Catalogue[K]>;

/**
 * A sentence chosen from the catalogue but not yet put into words: it is rendered in the
 * language of whoever reads it, which the code that chose it need not know.
 */
export interface LocalizedMessage<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params: MessageParams<K>;
}

export function message<K extends MessageKey>(key: K, ...params: MessageParams<K>): LocalizedMessage<K> {
  return { key, params };
}

export function translate<K extends MessageKey>(language: Language, key: K, ...params: MessageParams<K>): string {
  const template = CATALOGUES[language][key] as (...args: MessageParams<K>) => string;
  return template(...params);
}

export function localize(localized: LocalizedMessage, language: Language = DEFAULT_LANGUAGE): string {
  return translate(language, localized.key, ...(localized.params as MessageParams<MessageKey>));
}

/** Every key, for tests and tools that check the catalogue. */
export function messageKeys(): MessageKey[] {
  return Object.keys(indonesian) as MessageKey[];
}

/** A message's key, when a value is one (for error formatters that receive unknown errors). */
export function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    Object.prototype.hasOwnProperty.call(indonesian, (value as { key: string }).key) &&
    Array.isArray((value as { params?: unknown }).params)
  );
}

export { CATALOGUES as catalogues };
