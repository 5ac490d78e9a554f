import { GraphQLFormattedError } from 'graphql';
import { translate } from '@antrian/messages';
import { isErrorCode } from './domain-error';
import { languageOfError } from './localized-errors';

/** Codes that graphql-js and Apollo Server give to malformed requests; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * A literal that a scalar refused (`birthDate: "1990-02-30"` written in the query itself) fails
 * GraphQL's validation rather than its execution, with the scalar's error as its cause; it is
 * still bad input, and says so. (The gateway has validated the query's shape already.)
 */
function refusedInputInLiteral(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return false;
  const cause = (original as { originalError?: unknown } | undefined)?.originalError;
  return cause instanceof Error;
}

/**
 * Keeps contract errors and request errors as they are; turns everything else (a bug, a lost
 * database connection, SQL) into a bare internal error, so no stack trace or SQL ever leaves.
 * `report` receives the original for the logs. Messages are already in the request's language
 * (`localizedErrorsPlugin`); the internal error is said in it here.
 */
export function formatSubgraphError(
  formatted: GraphQLFormattedError,
  original: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const code = refusedInputInLiteral(formatted, original) ? 'BAD_USER_INPUT' : formatted.extensions?.code;
  if (isErrorCode(code) || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions }: Record<string, unknown> = { ...formatted.extensions, code };
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  report(original);
  return {
    message: translate(languageOfError(original), 'request.internalError'),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
