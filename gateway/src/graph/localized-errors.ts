import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, Language, limitRefusal, localize } from '@antrian/messages';

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
