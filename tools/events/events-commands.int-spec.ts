import { defineEvent } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { waitFor } from '@antrian/testing';
import { OutboxRelay, OutboxService } from '@antrian/messaging';
import { createMessagingTestDatabase, MessagingTestDatabase } from '../../libs/messaging/test/messaging-test-database';
import { RecordingEventBus } from '../../libs/messaging/test/recording-event-bus';
import { openDeadLetters, republishSince, requestDeadLetterReplay } from './events-commands';

const BookingCreated = defineEvent<{ bookingId: string }>()('scheduling.booking.created', 1);

describe('events commands (PostgreSQL)', () => {
  let db: MessagingTestDatabase;
  beforeAll(async () => {
    db = await createMessagingTestDatabase('events_commands');
  });
  afterAll(() => db?.drop());

  it('republishes every event since a point in time, in order, through the running relay', async () => {
    const outbox = new OutboxService();
    const ids: string[] = [];
    for (const bookingId of ['old', 'a', 'b', 'c']) {
      ids.push(
        (await db.dataSource.transaction((manager) => outbox.append(manager, BookingCreated, { bookingId }))).id,
      );
    }
    await db.dataSource.query(`UPDATE outbox_event SET occurred_at = now() - interval '2 hours' WHERE id = $1`, [
      ids[0],
    ]);
    const bus = new RecordingEventBus();
    const relay = new OutboxRelay(db.dataSource, bus, createLogger('events-cli-spec', 'silent'), {
      pollIntervalMs: 60_000,
    });
    await relay.start();
    try {
      await waitFor(() => (bus.published.length === 4 ? true : undefined), 5000, 'the first publication');
      const result = await republishSince(db.database.url, new Date(Date.now() - 3_600_000));
      expect(result.requeued).toBe(3);
      // Woken by the command's NOTIFY, not by its poll a minute later.
      await waitFor(() => (bus.published.length === 7 ? true : undefined), 5000, 'the republication');
      expect(bus.published.slice(4).map((event) => event.id)).toEqual(ids.slice(1));
    } finally {
      await relay.stop();
    }
  });

  it('asks for a replay of open dead letters, of one consumer or all', async () => {
    await db.dataSource.query(
      `INSERT INTO dead_letter_event (consumer, event_id, subject, version, envelope, reason, error)
       VALUES ('a', gen_random_uuid(), 's.x.y', 1, '{}', 'failed', 'e'), ('b', gen_random_uuid(), 's.x.y', 1, '{}', 'failed', 'e'),
              ('b', gen_random_uuid(), 's.x.y', 2, '{}', 'unknown_version', 'e')`,
    );
    expect(await requestDeadLetterReplay(db.database.url, { consumer: 'a' })).toBe(1);
    expect(await requestDeadLetterReplay(db.database.url)).toBe(3);
    expect(await openDeadLetters(db.database.url)).toEqual([
      { consumer: 'a', reason: 'failed', count: 1 },
      { consumer: 'b', reason: 'failed', count: 1 },
      { consumer: 'b', reason: 'unknown_version', count: 1 },
    ]);
  });
});
