import { ErrorRequestHandler } from 'express';
import { languageFromAcceptLanguage, translate } from '@antrian/messages';
import { Logger } from '@antrian/logging';

interface HttpError {
  status?: unknown;
  expose?: unknown;
  message?: unknown;
}

/**
 * Failures before GraphQL runs (a body over the size limit, malformed JSON) answer in the GraphQL
 * error shape, never with Express's default HTML page and its stack trace, in the catalogue's words
 * (the parser's own words name bytes and positions, not what to do).
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const language = languageFromAcceptLanguage(req.headers['accept-language']);
    const said =
      code === 'PAYLOAD_TOO_LARGE'
        ? translate(language, 'request.payloadTooLarge')
        : code === 'BAD_REQUEST'
          ? translate(language, 'gateway.badRequest')
          : translate(language, 'request.internalError');
    res.status(status).json({ errors: [{ message: said, extensions: { code } }] });
  };
}
