import { setTimeout as sleep } from 'node:timers/promises';
import { EventEnvelope } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { waitFor } from '@antrian/testing';
import { InProcessEventBus } from './in-process-event-bus';

const logger = createLogger('in-process-event-bus-spec', 'silent');
let sequence = 0;

function event(
  subject = 'scheduling.booking.created',
  payload: unknown = { bookingId: `b-${sequence}` },
): EventEnvelope {
  sequence++;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    subject,
    version: 1,
    occurredAt: new Date().toISOString(),
    payload,
  };
}

describe('InProcessEventBus', () => {
  let bus: InProcessEventBus;

  beforeEach(() => {
    bus = new InProcessEventBus(logger, { retryDelayMs: 20, maxRetryDelayMs: 50 });
  });

  afterEach(() => bus.close());

  it('is not durable', () => {
    expect(bus.durable).toBe(false);
  });

  it('never runs a handler inside the publisher’s call stack', async () => {
    const received: string[] = [];
    await bus.consume({
      durable: 'observer',
      subjects: ['scheduling.booking.created'],
      handler: async (envelope) => {
        received.push(envelope.id);
      },
    });
    const published = event();
    const publishing = bus.publish(published);
    expect(received).toEqual([]);
    await publishing;
    expect(received).toEqual([]);
    await waitFor(() => (received.length === 1 ? true : undefined), 1000, 'delivery');
    expect(received).toEqual([published.id]);
  });

  it('delivers a copy: a handler cannot change what other consumers or redeliveries see', async () => {
    const seen: unknown[] = [];
    const handler = async (envelope: EventEnvelope) => {
      seen.push(JSON.stringify(envelope.payload));
      (envelope.payload as { bookingId: string }).bookingId = 'changed';
    };
    await bus.consume({ durable: 'first', subjects: ['scheduling.booking.created'], handler });
    await bus.consume({ durable: 'second', subjects: ['scheduling.booking.created'], handler });
    await bus.publish(event('scheduling.booking.created', { bookingId: 'original', at: new Date(0) }));
    await waitFor(() => (seen.length === 2 ? true : undefined), 1000, 'two deliveries');
    expect(seen).toEqual([
      '{"bookingId":"original","at":"1970-01-01T00:00:00.000Z"}',
      '{"bookingId":"original","at":"1970-01-01T00:00:00.000Z"}',
    ]);
  });

  it('de-duplicates a re-published event id', async () => {
    const received: string[] = [];
    await bus.consume({
      durable: 'observer',
      subjects: ['scheduling.booking.created'],
      handler: async (envelope) => {
        received.push(envelope.id);
      },
    });
    const once = event();
    await bus.publish(once);
    await bus.publish({ ...once });
    const other = event();
    await bus.publish(other);
    await waitFor(() => (received.length >= 2 ? true : undefined), 1000, 'deliveries');
    await sleep(50);
    expect(received).toEqual([once.id, other.id]);
  });

  it('forgets the oldest ids beyond its capacity, so its memory stays bounded', async () => {
    const small = new InProcessEventBus(logger, { dedupeCapacity: 2 });
    try {
      const received: string[] = [];
      await small.consume({
        durable: 'observer',
        subjects: ['scheduling.booking.created'],
        handler: async (envelope) => {
          received.push(envelope.id);
        },
      });
      const [first, second, third] = [event(), event(), event()];
      for (const envelope of [first, second, third, first, third]) await small.publish(envelope);
      await waitFor(() => (received.length >= 4 ? true : undefined), 1000, 'deliveries');
      await sleep(50);
      expect(received).toEqual([first.id, second.id, third.id, first.id]);
    } finally {
      await small.close();
    }
  });

  it('gives each durable name each event once, to one of its members', async () => {
    const byMember: Record<string, string[]> = { a1: [], a2: [], b: [] };
    const member = (name: string) => async (envelope: EventEnvelope) => {
      byMember[name].push(envelope.id);
    };
    await bus.consume({ durable: 'group-a', subjects: ['scheduling.booking.created'], handler: member('a1') });
    await bus.consume({ durable: 'group-a', subjects: ['scheduling.booking.created'], handler: member('a2') });
    await bus.consume({ durable: 'group-b', subjects: ['scheduling.booking.created'], handler: member('b') });
    const events = [event(), event(), event(), event()];
    for (const envelope of events) await bus.publish(envelope);
    await waitFor(() => (byMember.b.length === 4 ? true : undefined), 1000, 'group b');
    await waitFor(() => (byMember.a1.length + byMember.a2.length === 4 ? true : undefined), 1000, 'group a');
    expect([...byMember.a1, ...byMember.a2].sort()).toEqual(events.map((e) => e.id).sort());
    expect(byMember.a1.length).toBeGreaterThan(0);
    expect(byMember.a2.length).toBeGreaterThan(0);
    expect(byMember.b).toEqual(events.map((e) => e.id));
  });

  it('delivers only the subjects asked for, wildcards included', async () => {
    const received: string[] = [];
    await bus.consume({
      durable: 'bookings',
      subjects: ['scheduling.booking.*'],
      handler: async (envelope) => {
        received.push(envelope.subject);
      },
    });
    await bus.publish(event('scheduling.booking.created'));
    await bus.publish(event('scheduling.office.created'));
    await bus.publish(event('scheduling.booking.cancelled'));
    await waitFor(() => (received.length === 2 ? true : undefined), 1000, 'deliveries');
    await sleep(30);
    expect(received).toEqual(['scheduling.booking.created', 'scheduling.booking.cancelled']);
  });

  it('redelivers an event whose handler threw, after a delay, without holding back the others', async () => {
    const deliveries: { id: string; at: number }[] = [];
    const failing = event();
    const next = event();
    let failuresLeft = 2;
    await bus.consume({
      durable: 'flaky',
      subjects: ['scheduling.booking.created'],
      handler: async (envelope) => {
        deliveries.push({ id: envelope.id, at: Date.now() });
        if (envelope.id === failing.id && failuresLeft-- > 0) throw new Error('database unavailable');
      },
    });
    await bus.publish(failing);
    await bus.publish(next);
    await waitFor(() => (deliveries.length === 4 ? true : undefined), 2000, 'redeliveries');
    await sleep(120);
    expect(deliveries.map((d) => d.id)).toEqual([failing.id, next.id, failing.id, failing.id]);
    // 20 ms, then 40 ms: the delay grows with each failure.
    expect(deliveries[2].at - deliveries[0].at).toBeGreaterThanOrEqual(15);
    expect(deliveries[3].at - deliveries[2].at).toBeGreaterThanOrEqual(35);
  });

  it('gives a durable consumer registered later the events published before it', async () => {
    const early = event();
    await bus.publish(early);
    const received: string[] = [];
    const unsubscribe = await bus.consume({
      durable: 'late',
      subjects: ['scheduling.booking.created'],
      handler: async (envelope) => {
        received.push(envelope.id);
      },
    });
    await waitFor(() => (received.length === 1 ? true : undefined), 1000, 'history');
    await unsubscribe();

    // While no member listens, its events wait for the durable name; they are not replayed twice.
    const whileAway = event();
    await bus.publish(whileAway);
    await sleep(30);
    expect(received).toEqual([early.id]);
    await bus.consume({
      durable: 'late',
      subjects: ['scheduling.booking.created'],
      handler: async (envelope) => {
        received.push(envelope.id);
      },
    });
    await waitFor(() => (received.length === 2 ? true : undefined), 1000, 'resumed delivery');
    await sleep(30);
    expect(received).toEqual([early.id, whileAway.id]);
  });

  it('refuses subjects that no stream would store, and invalid durable names, as NATS does', async () => {
    await expect(bus.publish(event('counter.live.board.1'))).rejects.toThrow('No stream stores subject');
    await expect(
      bus.consume({ durable: 'bad.name', subjects: ['counter.ticket.called'], handler: async () => undefined }),
    ).rejects.toThrow('Invalid durable consumer name');
    await expect(
      bus.consume({ durable: 'ok', subjects: ['nowhere.ticket.called'], handler: async () => undefined }),
    ).rejects.toThrow('No stream stores subject');
  });

  it('delivers live messages to every matching subscriber, with NATS wildcards', async () => {
    const received: string[] = [];
    await bus.subscribeLive('counter.live.board.*', (subject) => received.push(`board-star ${subject}`));
    await bus.subscribeLive('*.live.>', (subject) => received.push(`all ${subject}`));
    const unsubscribe = await bus.subscribeLive('counter.live.ticket.9', (subject, data) =>
      received.push(`ticket ${subject} ${JSON.stringify(data)}`),
    );
    bus.publishLive('counter.live.board.office-1', { at: 1 });
    bus.publishLive('counter.live.ticket.9', { status: 'CALLED' });
    bus.publishLive('identity.live.viewer.7');
    expect(received).toEqual([]);
    await waitFor(() => (received.length === 5 ? true : undefined), 1000, 'live messages');
    expect(received.sort()).toEqual(
      [
        'all counter.live.board.office-1',
        'all counter.live.ticket.9',
        'all identity.live.viewer.7',
        'board-star counter.live.board.office-1',
        'ticket counter.live.ticket.9 {"status":"CALLED"}',
      ].sort(),
    );

    await unsubscribe();
    received.length = 0;
    bus.publishLive('counter.live.ticket.9', { status: 'SERVED' });
    await waitFor(() => (received.length === 1 ? true : undefined), 1000, 'live message');
    await sleep(20);
    expect(received).toEqual(['all counter.live.ticket.9']);
  });

  it('keeps delivering live messages when one subscriber throws', async () => {
    const received: unknown[] = [];
    await bus.subscribeLive('counter.live.>', () => {
      throw new Error('broken subscriber');
    });
    await bus.subscribeLive('counter.live.>', (_subject, data) => received.push(data));
    bus.publishLive('counter.live.board.1');
    await waitFor(() => (received.length === 1 ? true : undefined), 1000, 'live message');
    expect(received).toEqual([null]);
  });

  it('waits for handlers under way on close, then refuses new work', async () => {
    let finished = false;
    await bus.consume({
      durable: 'slow',
      subjects: ['scheduling.booking.created'],
      handler: async () => {
        await sleep(50);
        finished = true;
      },
    });
    await bus.publish(event());
    await sleep(10);
    await bus.close();
    expect(finished).toBe(true);
    await expect(bus.publish(event())).rejects.toThrow('closed');
  });
});
