import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from '@antrian/database';
import { defineEvent, EventEnvelope } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { waitFor } from '@antrian/testing';
import { InProcessEventBus, MESSAGING_ENTITIES, OutboxEventEntity, OutboxRelay, OutboxService } from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';
import { RecordingEventBus } from './recording-event-bus';

const BookingCreated = defineEvent<{ bookingId: string }>()('scheduling.booking.created', 1);
const logger = createLogger('outbox-int-spec', 'silent');

describe('transactional outbox and relay (PostgreSQL)', () => {
  let db: MessagingTestDatabase;
  const outbox = new OutboxService();
  const relays: OutboxRelay[] = [];
  const extraDataSources: DataSource[] = [];

  const startRelay = async (bus: RecordingEventBus | InProcessEventBus, options = {}, dataSource = db.dataSource) => {
    const relay = new OutboxRelay(dataSource, bus, logger, { pollIntervalMs: 200, retryDelayMs: 20, ...options });
    relays.push(relay);
    await relay.start();
    return relay;
  };
  const append = (bookingId: string) =>
    db.dataSource.transaction((manager) => outbox.append(manager, BookingCreated, { bookingId }));

  beforeAll(async () => {
    db = await createMessagingTestDatabase('messaging_outbox');
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await db.dataSource.query('TRUNCATE outbox_event');
  });

  afterAll(async () => {
    await Promise.all(extraDataSources.map((dataSource) => dataSource.destroy()));
    await db?.drop();
  });

  it('matches its entities: TypeORM sees nothing to change after the migration', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('publishes an event appended in a committed transaction, and never one from a rolled-back transaction', async () => {
    const bus = new InProcessEventBus(logger);
    const received: EventEnvelope[] = [];
    await bus.consume({
      durable: 'observer',
      subjects: [BookingCreated.subject],
      handler: async (envelope) => {
        received.push(envelope);
      },
    });
    try {
      await startRelay(bus);
      await expect(
        db.dataSource.transaction(async (manager) => {
          await outbox.append(manager, BookingCreated, { bookingId: 'rolled-back' });
          throw new Error('the booking failed');
        }),
      ).rejects.toThrow('the booking failed');
      const committed = await append('committed');

      await waitFor(() => (received.length > 0 ? true : undefined), 5000, 'the committed event');
      // The rolled-back event was appended first: had it been published, it would be here by now.
      await sleep(300);
      expect(received).toEqual([committed]);
      expect(committed).toMatchObject({
        subject: 'scheduling.booking.created',
        version: 1,
        payload: { bookingId: 'committed' },
      });
      const rows = await db.outbox();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: committed.id, attempts: 1, last_error: null });
      expect(rows[0].published_at).toBeInstanceOf(Date);
    } finally {
      await bus.close();
    }
  });

  it('refuses to append outside a transaction, where the event could outlive a failed change', async () => {
    await expect(outbox.append(db.dataSource.manager, BookingCreated, { bookingId: 'x' })).rejects.toThrow(
      'needs the EntityManager of the transaction',
    );
    expect(await db.outbox()).toEqual([]);
  });

  it('wakes on NOTIFY at commit instead of waiting for its next poll', async () => {
    const bus = new RecordingEventBus();
    await startRelay(bus, { pollIntervalMs: 60_000 });
    await sleep(100);
    const started = Date.now();
    const envelope = await append('prompt');
    await waitFor(() => (bus.published.length === 1 ? true : undefined), 3000, 'a prompt publish');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(bus.published[0].id).toBe(envelope.id);
  });

  it('stops a batch at the first failed publish, keeps the order and retries with backoff', async () => {
    const bus = new RecordingEventBus();
    const events: EventEnvelope[] = [];
    for (const bookingId of ['b1', 'b2', 'b3', 'b4', 'b5']) events.push(await append(bookingId));
    bus.failures.set(events[2].id, 3);

    await startRelay(bus, { retryDelayMs: 50, maxRetryDelayMs: 100 });
    await waitFor(() => (bus.published.length === 5 ? true : undefined), 5000, 'all events');

    expect(bus.published.map((e) => e.id)).toEqual(events.map((e) => e.id));
    // b3 failed three times; nothing after it was attempted before it went through.
    expect(bus.attempts).toEqual([
      events[0].id,
      events[1].id,
      events[2].id,
      events[2].id,
      events[2].id,
      events[2].id,
      events[3].id,
      events[4].id,
    ]);
    const rows = await db.outbox();
    expect(rows.map((row) => row.attempts)).toEqual([1, 1, 4, 1, 1]);
    expect(rows[2].last_error).toBe(`cannot publish ${events[2].id}`);
    expect(rows.every((row) => row.published_at !== null)).toBe(true);
  });

  it('lets only one of several replicas relay at a time: every event once, in order', async () => {
    const replicaDataSource = new DataSource(
      serviceDataSourceOptions({
        url: db.database.url,
        entities: MESSAGING_ENTITIES,
        migrations: [],
        applicationName: 'test-replica',
        poolSize: 4,
      }),
    );
    await replicaDataSource.initialize();
    extraDataSources.push(replicaDataSource);
    const appended: string[] = [];
    // A backlog all replicas find at once when they start...
    for (let index = 0; index < 100; index++) appended.push((await append(`r${index}`)).id);
    const bus = new RecordingEventBus();
    await Promise.all([
      startRelay(bus, { batchSize: 7, pollIntervalMs: 20 }),
      startRelay(bus, { batchSize: 7, pollIntervalMs: 20 }, replicaDataSource),
      startRelay(bus, { batchSize: 7, pollIntervalMs: 20 }, replicaDataSource),
    ]);
    // ...and events committed one by one while they run.
    for (let index = 100; index < 120; index++) appended.push((await append(`r${index}`)).id);
    await waitFor(() => (bus.published.length >= 120 ? true : undefined), 15_000, 'all events');
    await sleep(200);

    expect(bus.published.map((e) => e.id)).toEqual(appended);
    expect((await db.outbox()).every((row) => row.attempts === 1)).toBe(true);
  });

  it('deletes published events past the retention period, and only those', async () => {
    const old = await append('old');
    const recent = await append('recent');
    const bus = new RecordingEventBus();
    const first = await startRelay(bus);
    await waitFor(() => (bus.published.length === 2 ? true : undefined), 3000, 'publishing');
    await first.stop();
    await db.dataSource.query(`UPDATE outbox_event SET published_at = now() - interval '8 days' WHERE id = $1`, [
      old.id,
    ]);
    bus.down = true;
    const pending = await append('pending');
    await db.dataSource.query(`UPDATE outbox_event SET occurred_at = now() - interval '30 days'`);

    await startRelay(bus, { retryDelayMs: 10_000 });
    await waitFor(
      async () => ((await db.outbox()).length === 2 ? true : undefined),
      3000,
      'the expired event to be deleted',
    );
    expect((await db.outbox()).map((row) => row.id)).toEqual([recent.id, pending.id]);
  });

  it('prunes in batches, and keeps inbox records at least as long as published outbox rows', async () => {
    const events = [];
    for (let index = 0; index < 25; index++) events.push(await append(`p${index}`));
    const bus = new RecordingEventBus();
    const first = await startRelay(bus);
    await waitFor(() => (bus.published.length === 25 ? true : undefined), 5000, 'publishing');
    await first.stop();
    await db.dataSource.query(`UPDATE outbox_event SET published_at = now() - interval '5 hours'`);
    // Inbox records within the outbox's retention (4 h), and some older.
    await db.dataSource.query(
      `INSERT INTO inbox_event (consumer, event_id, handled_at)
       SELECT 'c', gen_random_uuid(), now() - interval '3 hours' FROM generate_series(1, 10)
       UNION ALL SELECT 'c', gen_random_uuid(), now() - interval '6 hours' FROM generate_series(1, 12)`,
    );
    // Asked to keep inbox records only an hour: they are kept as long as the outbox keeps its rows.
    await startRelay(bus, { retentionMs: 4 * 3_600_000, inboxRetentionMs: 3_600_000, pruneBatchSize: 4 });
    await waitFor(async () => ((await db.outbox()).length === 0 ? true : undefined), 5000, 'the outbox pruned');
    await waitFor(
      async () =>
        Number((await db.dataSource.query('SELECT count(*) FROM inbox_event'))[0].count) === 10 ? true : undefined,
      5000,
      'the old inbox records pruned',
    );
    await db.dataSource.query('TRUNCATE inbox_event');
  });

  it('publishes without holding a transaction or row locks: a change to a waiting row is not blocked', async () => {
    const slow = await append('slow');
    const waiting = await append('waiting');
    const bus = new RecordingEventBus();
    let release!: () => void;
    bus.publishDelay = new Promise<void>((resolve) => (release = resolve));
    await startRelay(bus);
    await waitFor(() => (bus.attempts.length === 1 ? true : undefined), 3000, 'the first publish to start');
    // While the relay waits on the broker, an operator's update to the batch's rows goes through at once.
    const started = Date.now();
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = '1s'`);
      await manager.query(`UPDATE outbox_event SET last_error = 'looked at' WHERE id = ANY($1)`, [
        [slow.id, waiting.id],
      ]);
    });
    expect(Date.now() - started).toBeLessThan(1000);
    release();
    await waitFor(() => (bus.published.length === 2 ? true : undefined), 3000, 'both published');
  });

  it('retries at once when the bus reconnects, instead of sleeping out its backoff', async () => {
    const bus = new RecordingEventBus();
    bus.down = true;
    const event = await append('reconnect');
    await startRelay(bus, { retryDelayMs: 60_000, maxRetryDelayMs: 60_000 });
    await waitFor(() => (bus.attempts.length === 1 ? true : undefined), 3000, 'a failed attempt');
    bus.down = false;
    const started = Date.now();
    bus.reconnect();
    await waitFor(() => (bus.published.length === 1 ? true : undefined), 3000, 'the publish after reconnecting');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(bus.published[0].id).toBe(event.id);
  });

  it('maps the table with the entity, for services that query it', async () => {
    const envelope = await append('mapped');
    const row = await db.dataSource.getRepository(OutboxEventEntity).findOneByOrFail({ id: envelope.id });
    expect(row).toMatchObject({
      subject: BookingCreated.subject,
      version: 1,
      payload: { bookingId: 'mapped' },
      publishedAt: null,
      attempts: 0,
      lastError: null,
    });
    expect(row.occurredAt.toISOString()).toBe(envelope.occurredAt);
    expect(typeof row.position).toBe('string');
  });
});
