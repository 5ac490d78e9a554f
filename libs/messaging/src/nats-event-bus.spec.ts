import { createLogger } from '@antrian/logging';
import { NatsEventBus, unreadableMessageId } from './nats-event-bus';

const logger = createLogger('nats-event-bus-spec', 'silent');

/** What the bus does without a server; the integration tests cover it with one. */
describe('NatsEventBus while NATS is unreachable', () => {
  let bus: NatsEventBus;

  beforeEach(() => {
    bus = new NatsEventBus({ url: 'nats://127.0.0.1:1', name: 'unreachable', logger, publishTimeoutMs: 300 });
  });

  afterEach(() => bus.close());

  it('fails a publish after the timeout instead of waiting forever, so the outbox relay can retry', async () => {
    const started = Date.now();
    await expect(
      bus.publish({
        id: '00000000-0000-4000-8000-000000000001',
        subject: 'scheduling.booking.created',
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: {},
      }),
    ).rejects.toThrow('NATS is unreachable');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('accepts consumers and live subscriptions meanwhile, and closes without hanging', async () => {
    const unsubscribe = await bus.consume({
      durable: 'waiting',
      subjects: ['scheduling.booking.created'],
      handler: async () => undefined,
    });
    const unsubscribeLive = await bus.subscribeLive('counter.live.>', () => undefined);
    bus.publishLive('counter.live.board.1', {});
    await expect(unsubscribe()).resolves.toBeUndefined();
    await expect(unsubscribeLive()).resolves.toBeUndefined();
  });

  it('still refuses what no stream would store', async () => {
    await expect(
      bus.consume({ durable: 'bad', subjects: ['counter.live.board.1'], handler: async () => undefined }),
    ).rejects.toThrow('No stream stores subject');
  });
});

describe('unreadableMessageId', () => {
  it('names a message the same on every delivery, and apart from one at the same seq of a re-created stream', () => {
    const id = unreadableMessageId('EVENTS', 7, 1_765_000_000_000_000_000);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(unreadableMessageId('EVENTS', 7, 1_765_000_000_000_000_000)).toBe(id);
    expect(unreadableMessageId('EVENTS', 7, 1_766_000_000_000_000_000)).not.toBe(id);
  });
});
