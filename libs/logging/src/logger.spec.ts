import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('never writes personal data or secrets, however deep they sit', () => {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    logger.info(
      { input: { nik: '3505014501900001', password: 'secret-password', phone: '+6281234567890' }, outcome: 'ok' },
      'register',
    );
    logger.warn({ req: { headers: { authorization: 'Bearer abc.def.ghi' } } }, 'request');
    expect(output).toContain('register');
    expect(output).toContain('"outcome":"ok"');
    expect(output).not.toContain('3505014501900001');
    expect(output).not.toContain('secret-password');
    expect(output).not.toContain('6281234567890');
    expect(output).not.toContain('abc.def.ghi');
  });
});

describe('the trace id on every log line', () => {
  const manager = new AsyncLocalStorageContextManager().enable();
  beforeAll(() => context.setGlobalContextManager(manager));
  afterAll(() => context.disable());

  it('writes the active span’s trace and span ids, and nothing when no span is active', async () => {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    const spanContext = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 };
    logger.info('outside');
    await context.with(trace.setSpan(context.active(), trace.wrapSpanContext(spanContext)), async () => {
      await Promise.resolve();
      logger.info('inside, after an await');
    });
    const [outside, inside] = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(outside.traceId).toBeUndefined();
    expect(inside).toMatchObject({ traceId: spanContext.traceId, spanId: spanContext.spanId });
  });
});
