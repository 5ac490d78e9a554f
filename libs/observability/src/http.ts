import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { scrapeMetrics } from './metrics-registry';
import { contextFromHeaders, tracer, tracingEnabled } from './tracing';

/** `GET /metrics`: the process's metrics in Prometheus's text format. */
export function metricsHandler(): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    scrapeMetrics().then(({ contentType, body }) => {
      res.setHeader('content-type', contentType);
      res.setHeader('cache-control', 'no-store');
      res.end(body);
    }, next);
  };
}

/**
 * One SERVER span per HTTP request, a child of the caller's `traceparent` (the gateway's, for a
 * subgraph), active for everything the request does. Nothing at all when tracing is off.
 */
export function traceHttpRequests(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!tracingEnabled() || req.path.startsWith('/health') || req.path === '/metrics') return next();
    const parent = contextFromHeaders(req.headers);
    const span = tracer().startSpan(
      `${req.method} ${req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.path } },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
