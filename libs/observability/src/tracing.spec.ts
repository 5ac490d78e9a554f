import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  contextFromHeaders,
  currentTraceHeaders,
  extractFrom,
  injectInto,
  inSpan,
  SpanKind,
  startTracing,
  tracingEnabled,
} from './tracing';

class MapHeaders {
  readonly values = new Map<string, string>();
  get(key: string) {
    return this.values.get(key);
  }
  set(key: string, value: string) {
    this.values.set(key, value);
  }
}

describe('tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('registers nothing: no headers, no spans, work runs as is', async () => {
    expect(startTracing({ serviceName: 'test', env: {} }).enabled).toBe(false);
    expect(tracingEnabled()).toBe(false);
    expect(await inSpan('nothing', {}, async (span) => span.isRecording())).toBe(false);
    expect(currentTraceHeaders()).toBeUndefined();
  });
});

describe('tracing on', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: ReturnType<typeof startTracing>;
  beforeAll(() => (tracing = startTracing({ serviceName: 'test', exporter })));
  afterAll(() => tracing.shutdown());

  it('continues a trace across stored headers (the outbox) and message headers (NATS)', async () => {
    const incoming = contextFromHeaders({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    // The request: its context is stored with the outbox row.
    const stored = await inSpan('request', { parent: incoming, kind: SpanKind.SERVER }, async () =>
      currentTraceHeaders(),
    );
    expect(stored?.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-/);
    // The relay publishes in the stored context and puts it in the message's headers.
    const message = new MapHeaders();
    await inSpan('publish', { parent: contextFromHeaders(stored), kind: SpanKind.PRODUCER }, async () =>
      injectInto(message),
    );
    // The consumer continues it.
    await inSpan('consume', { parent: extractFrom(message), kind: SpanKind.CONSUMER }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(trace.getSpan(context.active())?.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    });
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual(['request', 'publish', 'consume']);
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(
      new Set(['0af7651916cd43dd8448eb211c80319c']),
    );
    const [request, publish, consume] = spans;
    expect(publish.parentSpanId).toBe(request.spanContext().spanId);
    expect(consume.parentSpanId).toBe(publish.spanContext().spanId);
  });

  it('marks a span whose work throws as an error, and rethrows', async () => {
    await expect(inSpan('failing', {}, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const failing = exporter.getFinishedSpans().find((span) => span.name === 'failing');
    expect(failing?.status.code).toBe(2);
  });
});
