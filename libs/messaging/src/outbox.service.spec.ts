import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { defineEvent } from '@antrian/contracts';
import { inSpan, startTracing } from '@antrian/observability';
import { prepareOutboxEvent, prepareOutboxEventWithout } from './outbox.service';

const Called = defineEvent<{ ticketId: string; counterId: string; calledAt: string }>()('test.ticket.called', 2);

describe('prepareOutboxEvent', () => {
  it('makes the envelope and the outbox columns from the contract, without a trace when none is active', () => {
    const { envelope, columns } = prepareOutboxEvent(Called, { ticketId: 't1', counterId: 'c1', calledAt: 'now' });
    expect(envelope).toMatchObject({ subject: 'test.ticket.called', version: 2, payload: { ticketId: 't1' } });
    expect(columns).toEqual([
      envelope.id,
      'test.ticket.called',
      2,
      '{"ticketId":"t1","counterId":"c1","calledAt":"now"}',
      envelope.occurredAt,
      null,
    ]);
  });

  it('leaves out the fields a statement decides itself', () => {
    const { columns } = prepareOutboxEventWithout<
      { ticketId: string; counterId: string; calledAt: string },
      'ticketId'
    >(Called, { counterId: 'c1', calledAt: 'now' });
    expect(JSON.parse(columns[3])).toStrictEqual({ counterId: 'c1', calledAt: 'now' });
  });

  describe('with tracing on', () => {
    let tracing: ReturnType<typeof startTracing>;
    beforeAll(() => (tracing = startTracing({ serviceName: 'test', exporter: new InMemorySpanExporter() })));
    afterAll(() => tracing.shutdown());

    it('carries the active trace context, so that the relay continues the trace', async () => {
      const { columns, span } = await inSpan('request', {}, async (active) => ({
        columns: prepareOutboxEvent(Called, { ticketId: 't1', counterId: 'c1', calledAt: 'now' }).columns,
        span: active.spanContext(),
      }));
      expect(JSON.parse(columns[5]!)).toEqual({ traceparent: `00-${span.traceId}-${span.spanId}-01` });
      expect(trace.getActiveSpan()).toBeUndefined();
    });
  });
});
