import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, Language, limitRefusal, localize } from '@antrian/messages';
import { DomainError } from './domain-error';

/** The language each error of a request is to be told in, for `formatSubgraphError`. */
const errorLanguages = new WeakMap<object, Language>();

/** The language a request's error is told in (see `localizedErrorsPlugin`); Bahasa Indonesia by default. */
export function languageOfError(error: unknown): Language {
  return (typeof error === 'object' && error !== null && errorLanguages.get(error)) || DEFAULT_LANGUAGE;
}

/** The DomainError behind an error as graphql-js reports it (a resolver's error is wrapped once). */
function domainErrorOf(error: GraphQLError): DomainError | undefined {
  if (error instanceof DomainError) return error;
  return error.originalError instanceof DomainError ? error.originalError : undefined;
}

/**
 * Puts every refusal of a request into the words of the request's language (its context's
 * `language`, from `Accept-Language`) before the errors are formatted: a DomainError carries
 * the catalogue's key and parameters, so the same refusal reads in Bahasa Indonesia or English
 * with the same `extensions.code`; so do the depth and alias limits. Errors without a catalogue message are left as they are and
 * remember the language, so that an internal error is told in it too.
 */
export function localizedErrorsPlugin(): ApolloServerPlugin<{ language?: Language }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const language = contextValue?.language ?? DEFAULT_LANGUAGE;
          for (const error of errors) {
            errorLanguages.set(error, language);
            // The catalogue's sentence of a DomainError; the depth and alias limits' own words otherwise.
            const localized = domainErrorOf(error)?.localized ?? limitRefusal(error.message);
            if (localized) error.message = localize(localized, language);
          }
        },
      };
    },
  };
}
