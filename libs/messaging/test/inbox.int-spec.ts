import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineEvent, EventEnvelope } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { waitFor } from '@antrian/testing';
import { InboxService, InProcessEventBus, OutboxRelay, OutboxService } from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';

const BookingCreated = defineEvent<{ bookingId: string }>()('scheduling.booking.created', 1);
const logger = createLogger('inbox-int-spec', 'silent');

function envelope(): EventEnvelope {
  return {
    id: randomUUID(),
    subject: BookingCreated.subject,
    version: 1,
    occurredAt: new Date().toISOString(),
    payload: { bookingId: 'b-1' },
  };
}

describe('idempotent inbox (PostgreSQL)', () => {
  let db: MessagingTestDatabase;
  let inbox: InboxService;
  /** The consumer's own table: what a handler's side effect writes. */
  const effects = async (): Promise<string[]> =>
    (await db.dataSource.query('SELECT event_id FROM local_booking ORDER BY seq')).map(
      (row: { event_id: string }) => row.event_id,
    );

  beforeAll(async () => {
    db = await createMessagingTestDatabase('messaging_inbox');
    await db.dataSource.query(
      'CREATE TABLE local_booking (seq bigint GENERATED ALWAYS AS IDENTITY, event_id uuid NOT NULL, consumer text NOT NULL)',
    );
    inbox = new InboxService(db.dataSource);
  });

  afterEach(() => db.dataSource.query('TRUNCATE local_booking, inbox_event, outbox_event'));

  afterAll(() => db?.drop());

  it('runs the handler once per consumer and event, and records it in the same transaction', async () => {
    const event = envelope();
    const handle = (consumer: string) =>
      inbox.handleOnce(consumer, event, async (manager) => {
        await manager.query('INSERT INTO local_booking (event_id, consumer) VALUES ($1, $2)', [event.id, consumer]);
      });
    expect(await handle('counter-bookings')).toBe(true);
    expect(await handle('counter-bookings')).toBe(false);
    expect(await handle('counter-reports')).toBe(true);
    expect(await effects()).toEqual([event.id, event.id]);
    const recorded = await db.dataSource.query('SELECT consumer, event_id FROM inbox_event ORDER BY consumer');
    expect(recorded).toEqual([
      { consumer: 'counter-bookings', event_id: event.id },
      { consumer: 'counter-reports', event_id: event.id },
    ]);
  });

  it('forgets a delivery whose handler failed, so the redelivery runs it again', async () => {
    const event = envelope();
    await expect(
      inbox.handleOnce('counter-bookings', event, async (manager) => {
        await manager.query('INSERT INTO local_booking (event_id, consumer) VALUES ($1, $2)', [event.id, 'first']);
        throw new Error('constraint violated');
      }),
    ).rejects.toThrow('constraint violated');
    expect(await effects()).toEqual([]);
    expect(
      await inbox.handleOnce('counter-bookings', event, async (manager) => {
        await manager.query('INSERT INTO local_booking (event_id, consumer) VALUES ($1, $2)', [event.id, 'second']);
      }),
    ).toBe(true);
    expect(await effects()).toEqual([event.id]);
  });

  it('runs the handler once when duplicate deliveries arrive at the same time', async () => {
    const event = envelope();
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        inbox.handleOnce('counter-bookings', event, async (manager) => {
          runs++;
          // Holds the transaction open, so the other deliveries really overlap it.
          await sleep(100);
          await manager.query('INSERT INTO local_booking (event_id, consumer) VALUES ($1, $2)', [event.id, 'x']);
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await effects()).toEqual([event.id]);
  });

  it('end to end without NATS: outbox, relay, in-process bus, inbox; a redelivered event changes nothing', async () => {
    const bus = new InProcessEventBus(logger, { retryDelayMs: 20 });
    const relay = new OutboxRelay(db.dataSource, bus, logger, { pollIntervalMs: 200 });
    const outbox = new OutboxService();
    const deliveries: string[] = [];
    let loseFirstAck = true;
    try {
      await bus.consume({
        durable: 'counter-bookings',
        subjects: [BookingCreated.subject],
        handler: async (event) => {
          deliveries.push(event.id);
          await inbox.handleOnce('counter-bookings', event, async (manager) => {
            await manager.query('INSERT INTO local_booking (event_id, consumer) VALUES ($1, $2)', [
              event.id,
              'counter-bookings',
            ]);
          });
          // The work is committed, but the acknowledgement is lost: the bus delivers it again.
          if (loseFirstAck) {
            loseFirstAck = false;
            throw new Error('connection reset before the ack');
          }
        },
      });
      await relay.start();
      const published = await db.dataSource.transaction((manager) =>
        outbox.append(manager, BookingCreated, { bookingId: 'b-42' }),
      );

      await waitFor(() => (deliveries.length === 2 ? true : undefined), 5000, 'the redelivery');
      await sleep(100);
      expect(deliveries).toEqual([published.id, published.id]);
      expect(await effects()).toEqual([published.id]);
    } finally {
      await relay.stop();
      await bus.close();
    }
  });
});
