import { GraphQLFormattedError } from 'graphql';
import { translate } from '@antrian/messages';
import { Logger } from '@antrian/logging';
import { languageOfError } from './localized-errors';

export type ClientErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Errors reach clients with their message, path and `extensions.code`, from the gateway or
 * passed through from a subgraph. Stack traces, and the URL and body of a subgraph's failed HTTP
 * reply that the gateway attaches, stay inside. In production an internal error (every error a
 * client can act on has a code of its own) tells no more than that: its message may name hosts
 * or carry a driver's words, so it goes to the log instead.
 */
export function clientErrorFormatter(production: boolean, logger: Logger): ClientErrorFormatter {
  return (formatted, error) => {
    if (!formatted.extensions) return formatted;
    const { stacktrace: _stacktrace, exception: _exception, response: _response, ...extensions } = formatted.extensions;
    if (production && extensions.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error, path: formatted.path }, 'Internal error in a GraphQL operation');
      return { ...formatted, message: translate(languageOfError(error), 'request.internalError'), extensions };
    }
    return { ...formatted, extensions };
  };
}
