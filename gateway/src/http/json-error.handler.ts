import { ErrorRequestHandler } from 'express';
import { Logger } from '@antrian/logging';

interface HttpError {
  status?: unknown;
  expose?: unknown;
  message?: unknown;
}

/**
 * Failures before GraphQL runs (a body over the size limit, malformed JSON) answer in the GraphQL
 * error shape, never with Express's default HTML page and its stack trace.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const exposed = status < 500 && error.expose === true && typeof error.message === 'string';
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({
      errors: [{ message: exposed ? error.message : 'The request could not be processed', extensions: { code } }],
    });
  };
}
