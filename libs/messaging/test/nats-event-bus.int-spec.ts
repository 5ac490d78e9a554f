import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, JetStreamManager, NatsConnection, nanos } from 'nats';
import { defineEvent, EventEnvelope, StreamDefinition } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { describeWithNats, natsUrl, waitFor } from '@antrian/testing';
import { InboxService, NatsEventBus, NatsEventBusOptions, OutboxRelay, OutboxService, UnreadableMessage } from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';

const logger = createLogger('nats-event-bus-int-spec', 'silent');

describeWithNats('NatsEventBus (JetStream)', () => {
  // Streams and subjects of this run only: the real streams are never touched.
  const tag = randomBytes(4).toString('hex');
  const streams: StreamDefinition[] = [
    { name: `TEST_${tag}_SCHEDULING`, subjects: [`t${tag}sched.*.*`] },
    { name: `TEST_${tag}_COUNTER`, subjects: [`t${tag}counter.*.*`] },
  ];
  const BookingCreated = defineEvent<{ bookingId: string }>()(`t${tag}sched.booking.created`, 1);
  const BookingCancelled = defineEvent<{ bookingId: string }>()(`t${tag}sched.booking.cancelled`, 1);
  const OfficeCreated = defineEvent<{ officeId: string }>()(`t${tag}sched.office.created`, 1);
  const TicketCalled = defineEvent<{ ticketId: string }>()(`t${tag}counter.ticket.called`, 1);

  let admin: NatsConnection;
  let jsm: JetStreamManager;
  const buses: NatsEventBus[] = [];

  const createBus = async (options: Partial<NatsEventBusOptions> = {}) => {
    const bus = new NatsEventBus({
      url: natsUrl as string,
      name: `test-${tag}`,
      logger,
      streams,
      publishTimeoutMs: 2000,
      backoffMs: [100, 200],
      ...options,
    });
    buses.push(bus);
    await bus.start();
    return bus;
  };
  const event = (definition: { subject: string; version: number }, payload: unknown): EventEnvelope => ({
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    payload,
  });
  const storedCount = async (stream: string) => (await jsm.streams.info(stream)).state.messages;
  const collect = () => {
    const received: EventEnvelope[] = [];
    return { received, handler: async (envelope: EventEnvelope) => void received.push(envelope) };
  };

  beforeAll(async () => {
    admin = await connect({ servers: natsUrl });
    jsm = await admin.jetstreamManager();
    // A stream left with other subjects, as an older version would have created it.
    await jsm.streams.add({ name: streams[1].name, subjects: [`t${tag}old.*.*`] });
  });

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  afterAll(async () => {
    for (const stream of streams) await jsm.streams.delete(stream.name).catch(() => undefined);
    await admin?.close();
  });

  it('creates the streams it is given on start, and updates one whose subjects changed', async () => {
    await createBus({ duplicateWindowMs: 90_000 });
    for (const stream of streams) {
      const info = await jsm.streams.info(stream.name);
      expect(info.config.subjects).toEqual(stream.subjects);
      expect(info.config.duplicate_window).toBe(nanos(90_000));
      expect(info.config.storage).toBe('file');
    }
  });

  it('publishes the JSON envelope with its id as Nats-Msg-Id, to a durable consumer', async () => {
    const bus = await createBus();
    const { received, handler } = collect();
    await bus.consume({ durable: 'observer', subjects: [BookingCreated.subject], handler });
    const published = event(BookingCreated, { bookingId: 'b-1' });
    await bus.publish(published);
    await waitFor(() => (received.length === 1 ? true : undefined), 5000, 'delivery');
    expect(received).toEqual([published]);

    const stored = await jsm.streams.getMessage(streams[0].name, { last_by_subj: BookingCreated.subject });
    expect(stored.header.get('Nats-Msg-Id')).toBe(published.id);
    expect(stored.json()).toEqual(published);
    const consumer = await jsm.consumers.info(streams[0].name, 'observer');
    expect(consumer.config).toMatchObject({
      ack_policy: 'explicit',
      deliver_policy: 'all',
      filter_subject: BookingCreated.subject,
    });
  });

  it('de-duplicates a re-published envelope id in JetStream', async () => {
    const bus = await createBus();
    const before = await storedCount(streams[1].name);
    const ticket = event(TicketCalled, { ticketId: 't-1' });
    await bus.publish(ticket);
    await bus.publish({ ...ticket });
    await bus.publish(event(TicketCalled, { ticketId: 't-2' }));
    expect((await storedCount(streams[1].name)) - before).toBe(2);

    const { received, handler } = collect();
    await bus.consume({ durable: 'dedupe-check', subjects: [TicketCalled.subject], handler });
    await waitFor(() => (received.length >= before + 2 ? true : undefined), 5000, 'deliveries');
    await sleep(200);
    expect(received.filter((e) => e.id === ticket.id)).toHaveLength(1);
  });

  it('naks a failed event with a delay, redelivers it, and acks it once handled', async () => {
    const bus = await createBus();
    const deliveries: { id: string; at: number }[] = [];
    const failing = event(BookingCancelled, { bookingId: 'b-2' });
    let failuresLeft = 2;
    await bus.consume({
      durable: 'flaky',
      subjects: [BookingCancelled.subject],
      handler: async (envelope) => {
        deliveries.push({ id: envelope.id, at: Date.now() });
        if (failuresLeft-- > 0) throw new Error('database unavailable');
      },
    });
    await bus.publish(failing);
    await waitFor(() => (deliveries.length === 3 ? true : undefined), 5000, 'redeliveries');
    expect(deliveries.map((d) => d.id)).toEqual([failing.id, failing.id, failing.id]);
    expect(deliveries[1].at - deliveries[0].at).toBeGreaterThanOrEqual(80);
    // Acknowledged: nothing is pending or redelivered any more.
    await sleep(500);
    expect(deliveries).toHaveLength(3);
    const info = await jsm.consumers.info(streams[0].name, 'flaky');
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_pending).toBe(0);
  });

  it('hands a message that is not JSON to onUnreadable, not to the handler, under one id across deliveries', async () => {
    const bus = await createBus();
    const handled: EventEnvelope[] = [];
    const unreadable: UnreadableMessage[] = [];
    await bus.consume({
      durable: 'unreadable',
      subjects: [OfficeCreated.subject],
      handler: async (envelope) => void handled.push(envelope),
      onUnreadable: async (message) => {
        unreadable.push(message);
        if (unreadable.length === 1) throw new Error('dead-letter table unavailable');
      },
    });
    await admin.jetstream().publish(OfficeCreated.subject, new TextEncoder().encode('{"id": "half an event'));
    await waitFor(() => (unreadable.length === 2 ? true : undefined), 5000, 'the redelivery');
    expect(unreadable[0]).toMatchObject({ subject: OfficeCreated.subject, data: '{"id": "half an event', attempt: 1 });
    expect(unreadable[0].error).toMatch(/^the payload is not JSON \(SyntaxError: /);
    expect(unreadable[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(unreadable[1]).toMatchObject({ id: unreadable[0].id, attempt: 2 });
    // Kept aside the second time: acknowledged, never redelivered, never taken for an event.
    await sleep(500);
    expect(unreadable).toHaveLength(2);
    expect(handled).toEqual([]);
    const info = await jsm.consumers.info(streams[0].name, 'unreadable');
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_pending).toBe(0);
  });

  it('configures JetStream explicitly: stream limits, a backoff, a bounded max_deliver and max_ack_pending', async () => {
    const bus = await createBus({
      maxDeliver: 3,
      backoffMs: [50, 100, 150, 200],
      maxAckPending: 7,
      ackWaitMs: 120,
      streamMaxAgeMs: 3_600_000,
      streamMaxBytes: 10 * 1024 * 1024,
    });
    const attempts: { attempt: number; lastAttempt: boolean }[] = [];
    await bus.consume({
      durable: 'bounded',
      subjects: [OfficeCreated.subject],
      handler: async (_envelope, delivery) => {
        attempts.push(delivery!);
        throw new Error('always fails');
      },
    });
    const consumer = await jsm.consumers.info(streams[0].name, 'bounded');
    expect(consumer.config).toMatchObject({ max_deliver: 3, max_ack_pending: 7 });
    // JetStream wants fewer backoff entries than deliveries; none shorter than the ack wait.
    expect(consumer.config.backoff).toEqual([120, 120].map((ms) => ms * 1_000_000));
    const stream = await jsm.streams.info(streams[0].name);
    expect(stream.config).toMatchObject({
      num_replicas: 1,
      max_age: 3_600_000 * 1_000_000,
      max_bytes: 10 * 1024 * 1024,
    });

    await bus.publish(event(OfficeCreated, { officeId: 'o-poison' }));
    await waitFor(() => (attempts.length === 3 ? true : undefined), 5000, 'three deliveries');
    await sleep(600);
    // Delivered exactly max_deliver times, and told which delivery was the last; then no more.
    expect(attempts).toEqual([
      { attempt: 1, lastAttempt: false },
      { attempt: 2, lastAttempt: false },
      { attempt: 3, lastAttempt: true },
    ]);
    const after = await jsm.consumers.info(streams[0].name, 'bounded');
    expect(after.num_ack_pending).toBe(0);
  });

  it('serves several subjects across streams to one durable name, and only those', async () => {
    const bus = await createBus();
    const { received, handler } = collect();
    await bus.consume({
      durable: 'mixed',
      subjects: [BookingCreated.subject, BookingCancelled.subject, TicketCalled.subject],
      handler,
    });
    const wanted = [
      event(BookingCreated, { bookingId: 'b-3' }),
      event(BookingCancelled, { bookingId: 'b-3' }),
      event(TicketCalled, { ticketId: 't-3' }),
    ];
    const unwanted = event(OfficeCreated, { officeId: 'o-1' });
    for (const envelope of [wanted[0], unwanted, wanted[1], wanted[2]]) await bus.publish(envelope);
    await waitFor(() => (received.some((e) => e.id === wanted[2].id) ? true : undefined), 5000, 'deliveries');
    await waitFor(() => (received.some((e) => e.id === wanted[1].id) ? true : undefined), 5000, 'deliveries');
    expect(received.map((e) => e.id)).not.toContain(unwanted.id);
    // Order within a stream is kept.
    const scheduling = received.filter((e) => e.subject.startsWith(`t${tag}sched.`)).map((e) => e.id);
    expect(scheduling.indexOf(wanted[0].id)).toBeLessThan(scheduling.indexOf(wanted[1].id));
    expect((await jsm.consumers.info(streams[0].name, 'mixed')).config.filter_subject).toBeUndefined();
    expect((await jsm.consumers.info(streams[1].name, 'mixed')).config.filter_subject).toBe(TicketCalled.subject);
  });

  it('shares a durable name between replicas: each event goes to one of them', async () => {
    const [replicaA, replicaB, publisher] = [await createBus(), await createBus(), await createBus()];
    const a = collect();
    const b = collect();
    await replicaA.consume({ durable: 'group', subjects: [OfficeCreated.subject], handler: a.handler });
    await replicaB.consume({ durable: 'group', subjects: [OfficeCreated.subject], handler: b.handler });
    const offices = Array.from({ length: 20 }, (_, index) => event(OfficeCreated, { officeId: `o-${index}` }));
    for (const office of offices) await publisher.publish(office);
    await waitFor(() => (a.received.length + b.received.length >= 20 ? true : undefined), 5000, 'deliveries');
    await sleep(300);
    const ids = [...a.received, ...b.received].map((e) => e.id);
    const expected = offices.map((e) => e.id);
    expect(ids.filter((id) => expected.includes(id)).sort()).toEqual([...expected].sort());
  });

  it('keeps a durable consumer’s place while it is away', async () => {
    const bus = await createBus();
    const first = collect();
    const unsubscribe = await bus.consume({
      durable: 'returning',
      subjects: [TicketCalled.subject],
      handler: first.handler,
    });
    const before = event(TicketCalled, { ticketId: 'before' });
    await bus.publish(before);
    await waitFor(() => (first.received.some((e) => e.id === before.id) ? true : undefined), 5000, 'delivery');
    await unsubscribe();

    const whileAway = event(TicketCalled, { ticketId: 'away' });
    await bus.publish(whileAway);
    const second = collect();
    await bus.consume({ durable: 'returning', subjects: [TicketCalled.subject], handler: second.handler });
    await waitFor(() => (second.received.some((e) => e.id === whileAway.id) ? true : undefined), 5000, 'resume');
    expect(second.received.map((e) => e.id)).not.toContain(before.id);
  });

  it('sends live messages over core NATS to wildcard subscribers, without storing them', async () => {
    const [publisher, gateway1, gateway2] = [await createBus(), await createBus(), await createBus()];
    const one: string[] = [];
    const two: string[] = [];
    await gateway1.subscribeLive(`t${tag}counter.live.board.*`, (subject, data) =>
      one.push(`${subject} ${JSON.stringify(data)}`),
    );
    const unsubscribe = await gateway2.subscribeLive(`t${tag}counter.live.>`, (subject) => two.push(subject));
    const before = await storedCount(streams[1].name);

    publisher.publishLive(`t${tag}counter.live.board.office-1`, { waiting: 3 });
    publisher.publishLive(`t${tag}counter.live.ticket.9`);
    await waitFor(() => (one.length === 1 && two.length === 2 ? true : undefined), 5000, 'live messages');
    // Each carries its publisher's sequence stamp beside its own data.
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(
      new RegExp(`^t${tag}counter\\.live\\.board\\.office-1 \\{"waiting":3,"origin":"[^"]+","seq":1\\}$`),
    );
    expect(two).toEqual([`t${tag}counter.live.board.office-1`, `t${tag}counter.live.ticket.9`]);
    expect(await storedCount(streams[1].name)).toBe(before);

    await unsubscribe();
    publisher.publishLive(`t${tag}counter.live.board.office-2`);
    await waitFor(() => (one.length === 2 ? true : undefined), 5000, 'live message');
    await sleep(100);
    expect(two).toHaveLength(2);
  });

  describe('with the outbox and the inbox (PostgreSQL)', () => {
    let db: MessagingTestDatabase;
    let inbox: InboxService;
    const outbox = new OutboxService();
    const effects = async (): Promise<string[]> =>
      (await db.dataSource.query('SELECT event_id FROM local_booking ORDER BY seq')).map(
        (row: { event_id: string }) => row.event_id,
      );

    beforeAll(async () => {
      db = await createMessagingTestDatabase('messaging_nats');
      await db.dataSource.query(
        'CREATE TABLE local_booking (seq bigint GENERATED ALWAYS AS IDENTITY, event_id uuid NOT NULL)',
      );
      inbox = new InboxService(db.dataSource);
    });

    afterAll(() => db?.drop());

    it('publishes what a committed transaction appended, never what a rolled-back one did, and handles a redelivery once', async () => {
      const bus = await createBus();
      const relay = new OutboxRelay(db.dataSource, bus, logger, { pollIntervalMs: 200 });
      const deliveries: string[] = [];
      let loseFirstAck = true;
      try {
        await bus.consume({
          durable: 'counter-local-bookings',
          subjects: [BookingCreated.subject],
          handler: async (envelope) => {
            if ((envelope.payload as { bookingId: string }).bookingId !== 'relayed') return;
            deliveries.push(envelope.id);
            await inbox.handleOnce('counter-local-bookings', envelope, async (manager) => {
              await manager.query('INSERT INTO local_booking (event_id) VALUES ($1)', [envelope.id]);
            });
            // The work is committed but the ack never arrives: JetStream delivers the event again.
            if (loseFirstAck) {
              loseFirstAck = false;
              throw new Error('connection reset before the ack');
            }
          },
        });
        await relay.start();
        const before = await storedCount(streams[0].name);
        await expect(
          db.dataSource.transaction(async (manager) => {
            await outbox.append(manager, BookingCreated, { bookingId: 'rolled-back' });
            throw new Error('booking failed');
          }),
        ).rejects.toThrow('booking failed');
        const committed = await db.dataSource.transaction((manager) =>
          outbox.append(manager, BookingCreated, { bookingId: 'relayed' }),
        );

        await waitFor(() => (deliveries.length === 2 ? true : undefined), 10_000, 'the redelivery');
        await sleep(300);
        expect(deliveries).toEqual([committed.id, committed.id]);
        expect(await effects()).toEqual([committed.id]);
        // Only the committed event reached the stream.
        expect((await storedCount(streams[0].name)) - before).toBe(1);
        const stored = await jsm.streams.getMessage(streams[0].name, { last_by_subj: BookingCreated.subject });
        expect(stored.json()).toEqual(committed);
        expect((await db.outbox()).map((row) => row.published_at !== null)).toEqual([true]);
      } finally {
        await relay.stop();
      }
    });
  });
});
