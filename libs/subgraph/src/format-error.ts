import { GraphQLFormattedError } from 'graphql';
import { isErrorCode } from './domain-error';

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
 * Keeps contract errors and request errors as they are; turns everything else (a bug, a lost
 * database connection, SQL) into a bare internal error, so no stack trace or SQL ever leaves.
 * `report` receives the original for the logs.
 */
export function formatSubgraphError(
  formatted: GraphQLFormattedError,
  original: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isErrorCode(code) || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  report(original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
