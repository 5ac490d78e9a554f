import {
  Context,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  TextMapGetter,
  TextMapSetter,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';
import type { BasicTracerProvider, SpanExporter } from '@opentelemetry/sdk-trace-base';

export { SpanKind } from '@opentelemetry/api';
export type { Context, Span } from '@opentelemetry/api';

const TRACER = 'antrian';

export interface TracingOptions {
  /** `service.name` of every span of this process. */
  serviceName: string;
  /** The environment (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_*); default `process.env`. */
  env?: Record<string, string | undefined>;
  /** An exporter of one's own (tests: an in-memory one); spans then go out one by one. */
  exporter?: SpanExporter;
}

export interface Tracing {
  enabled: boolean;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

let provider: BasicTracerProvider | undefined;

/**
 * Tracing for this process, on when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (spans go out by OTLP over
 * HTTP, batched) or an exporter is given; otherwise nothing is registered and every call below is
 * OpenTelemetry's no-op (no context kept, no span recorded: near-zero cost). Call it first thing in
 * a process: the PostgreSQL instrumentation patches `pg` only when loaded before it. The exporter
 * reads the standard OTEL_* settings (headers, timeout, OTEL_BSP_* batching, OTEL_TRACES_SAMPLER).
 */
export function startTracing(options: TracingOptions): Tracing {
  const env = options.env ?? process.env;
  if (!options.exporter && !env.OTEL_EXPORTER_OTLP_ENDPOINT) return { enabled: false, shutdown: async () => undefined };
  if (provider) return { enabled: true, shutdown: () => shutdownTracing() };
  // The SDK, the exporter and the instrumentation are loaded only when tracing is on: a process
  // without an endpoint (every `npm start`) saves their ~25 MB and the time to load them.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { AsyncLocalStorageContextManager } =
    require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { registerInstrumentations } =
    require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { Resource } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exporter = options.exporter ?? new OTLPTraceExporter();
  provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': env.OTEL_SERVICE_NAME ?? options.serviceName }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new W3CTraceContextPropagator(),
  });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false })],
  });
  return { enabled: true, shutdown: () => shutdownTracing() };
}

async function shutdownTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  if (!current) return;
  await current.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

export function tracer() {
  return trace.getTracer(TRACER);
}

/** Headers as a plain object (HTTP, the outbox's stored context). */
const recordSetter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => void (carrier[key] = value),
};
const recordGetter: TextMapGetter<Record<string, string | string[] | undefined>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key],
};

/** The current trace context as W3C headers (`traceparent`, `tracestate`); undefined when there is none. */
export function currentTraceHeaders(active: Context = context.active()): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier, recordSetter);
  return Object.keys(carrier).length ? carrier : undefined;
}

/** The context W3C headers carry (HTTP request headers, a stored outbox context), or none. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined> | null | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, headers, recordGetter);
}

/** Anything with `get`/`set` of header values (fetch's Headers, NATS's MsgHdrs). */
export interface HeaderMap {
  get(key: string): string | null | undefined;
  set(key: string, value: string): void;
}

export function injectInto(headers: HeaderMap, active: Context = context.active()): void {
  propagation.inject(active, headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

export function extractFrom(headers: HeaderMap | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, headers, {
    keys: () => ['traceparent', 'tracestate'],
    get: (carrier, key) => carrier.get(key) || undefined,
  });
}

/** Whether spans are recorded in this process (off: callers may skip building attributes). */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/**
 * Runs `work` in a new span (a child of `parent`, default the active context) that ends when the
 * work does, with an error status if it throws.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!provider) return work(NOT_RECORDING);
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind, attributes: options.attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}

const NOT_RECORDING = trace.wrapSpanContext({
  traceId: '00000000000000000000000000000000',
  spanId: '0000000000000000',
  traceFlags: 0,
});
