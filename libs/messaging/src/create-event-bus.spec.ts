import { Writable } from 'node:stream';
import { createLogger } from '@antrian/logging';
import { createEventBus } from './create-event-bus';
import { InProcessEventBus } from './in-process-event-bus';
import { NatsEventBus } from './nats-event-bus';

function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('create-event-bus-spec', 'info', sink), lines };
}

describe('createEventBus', () => {
  it('without a NATS URL: the in-process bus, with one loud warning that it is not durable', async () => {
    const { logger, lines } = capturingLogger();
    const first = createEventBus({ logger, name: 'test' });
    const second = createEventBus({ natsUrl: '', logger, name: 'test' });
    try {
      expect(first).toBeInstanceOf(InProcessEventBus);
      expect(second).toBeInstanceOf(InProcessEventBus);
      expect(first.durable).toBe(false);
      const warnings = lines.filter((line) => line.includes('NOT durable'));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0]).level).toBe(40);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('with a NATS URL: the JetStream bus, returned at once even when NATS is unreachable', async () => {
    const { logger } = capturingLogger();
    const bus = createEventBus({ natsUrl: 'nats://127.0.0.1:1', logger, name: 'test' });
    try {
      expect(bus).toBeInstanceOf(NatsEventBus);
      expect(bus.durable).toBe(true);
    } finally {
      await bus.close();
    }
  });
});
