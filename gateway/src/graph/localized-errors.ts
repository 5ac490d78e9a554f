import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, Language, LocalizedMessage, localize, message } from '@antrian/messages';

/**
 * The limits that graphql-armor and graphql-js enforce say so in English, in words of their own;
 * each is recognised by its wording and told again from the catalogue, limit included.
 */
const LIMIT_REFUSALS: readonly [RegExp, (limit: number) => LocalizedMessage][] = [
  [/Query depth limit of (\d+) exceeded/, (limit) => message('gateway.tooDeep', { limit })],
  [/Aliases limit of (\d+) exceeded/, (limit) => message('gateway.tooManyAliases', { limit })],
  [/Directives limit of (\d+) exceeded/, (limit) => message('gateway.tooManyDirectives', { limit })],
  [/Document contains more that (\d+) tokens/, (limit) => message('gateway.tooManyTokens', { limit })],
];

/** The catalogue's sentence for a limit's refusal, or undefined for any other message. */
export function limitRefusal(text: string): LocalizedMessage | undefined {
  for (const [pattern, refusal] of LIMIT_REFUSALS) {
    const found = pattern.exec(text);
    if (found) return refusal(Number(found[1]));
  }
  return undefined;
}

/** A limit's refusal told in `language`; any other error as it is. */
export function localizedLimitError<E extends GraphQLError>(error: E, language: Language): E {
  const refusal = limitRefusal(error.message);
  if (refusal) error.message = localize(refusal, language);
  return error;
}

const errorLanguages = new WeakMap<object, Language>();

/** The language an error of an HTTP operation is told in (see `localizedErrorsPlugin`). */
export function languageOfError(error: unknown): Language {
  return (typeof error === 'object' && error !== null && errorLanguages.get(error)) || DEFAULT_LANGUAGE;
}

/**
 * The gateway's own refusals of an operation in the language of its request: the limits above,
 * and (remembered for the formatter) whatever else it reports. Subgraphs' errors arrive already
 * in that language: the gateway forwards `Accept-Language` to them.
 */
export function localizedErrorsPlugin<TContext extends { language?: Language }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const language = contextValue?.language ?? DEFAULT_LANGUAGE;
          for (const error of errors) {
            errorLanguages.set(error, language);
            localizedLimitError(error, language);
          }
        },
      };
    },
  };
}
