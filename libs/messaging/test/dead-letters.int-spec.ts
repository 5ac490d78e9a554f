import { randomUUID } from 'node:crypto';
import { defineEvent, EventEnvelope, isEvent } from '@antrian/contracts';
import { Logger } from '@antrian/logging';
import { captureLogs, LogCapture } from '@antrian/testing';
import { DurableEventConsumer, EventChange, InboxService, InProcessEventBus, PermanentEventError } from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';

const PlaceV1 = defineEvent<{ placeId: string }>()('scheduling.place.taken', 1);
const PlaceV2 = defineEvent<{ placeId: string; note: string }>()('scheduling.place.taken', 2);

/** A consumer writing one row per event into its own table; `knowsV2` is the upgraded one. */
class PlaceConsumer extends DurableEventConsumer {
  failures = new Map<string, number>();

  constructor(
    bus: InProcessEventBus,
    inbox: InboxService,
    logger: Logger,
    private readonly knowsV2: boolean,
  ) {
    super(bus, inbox, logger, 'test-places', [PlaceV1.subject]);
  }

  protected changeFor(envelope: EventEnvelope): EventChange | null {
    const place = isEvent(envelope, PlaceV1)
      ? { id: envelope.payload.placeId, note: 'v1' }
      : this.knowsV2 && isEvent(envelope, PlaceV2)
        ? { id: envelope.payload.placeId, note: envelope.payload.note }
        : null;
    if (!place) return null;
    return async (manager) => {
      const left = this.failures.get(place.id) ?? 0;
      if (left > 0) {
        this.failures.set(place.id, left - 1);
        throw new Error('connection terminated unexpectedly');
      }
      if (place.note === 'refused') throw new PermanentEventError('this place cannot exist');
      await manager.query('INSERT INTO place (id, note) VALUES ($1, $2)', [place.id, place.note]);
    };
  }
}

const envelope = (version: number, payload: Record<string, unknown>): EventEnvelope => ({
  id: randomUUID(),
  subject: PlaceV1.subject,
  version,
  occurredAt: new Date().toISOString(),
  payload,
});

describe('dead letters (PostgreSQL)', () => {
  let db: MessagingTestDatabase;
  let inbox: InboxService;
  let logs: LogCapture;
  let bus: InProcessEventBus;
  const places = async () => (await db.dataSource.query('SELECT id, note FROM place ORDER BY note')) as unknown[];
  const letters = () =>
    db.dataSource.query(
      'SELECT event_id, reason, error, attempts, resolved_at FROM dead_letter_event ORDER BY id',
    ) as Promise<{ event_id: string; reason: string; error: string; attempts: number; resolved_at: Date | null }[]>;

  beforeAll(async () => {
    db = await createMessagingTestDatabase('messaging_dead_letters');
    await db.dataSource.query('CREATE TABLE place (id uuid PRIMARY KEY, note text NOT NULL)');
    inbox = new InboxService(db.dataSource);
  });

  beforeEach(() => {
    logs = captureLogs('dead-letters', 'debug');
    bus = new InProcessEventBus(logs.logger);
  });

  afterEach(async () => {
    await bus.close();
    await db.dataSource.query('TRUNCATE place, inbox_event, dead_letter_event');
  });

  afterAll(() => db?.drop());

  it('dead-letters a malformed id at once, with the error, logged once however often it comes', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, false);
    const poison = envelope(1, { placeId: 'not-a-uuid' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await expect(consumer.handle(poison, { attempt, lastAttempt: false })).resolves.toBe(false);
    }
    const [letter] = await letters();
    expect(letter).toMatchObject({ event_id: poison.id, reason: 'failed', attempts: 3, resolved_at: null });
    expect(letter.error).toContain('invalid input syntax for type uuid');
    expect(await inbox.deadLetters.countOpen()).toBe(1);
    expect(
      logs
        .errors()
        .filter((line) => line.msg === 'event dead-lettered; replay it with npm run events:replay-dead-letters'),
    ).toHaveLength(1);
    // Not in the inbox: a replay applies it once it is fixed.
    expect(await db.dataSource.query('SELECT * FROM inbox_event')).toEqual([]);
  });

  it('redelivers a transient failure, and dead-letters it only on the last delivery', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, false);
    const placeId = randomUUID();
    consumer.failures.set(placeId, 10);
    const event = envelope(1, { placeId });
    await expect(consumer.handle(event, { attempt: 1, lastAttempt: false })).rejects.toThrow('connection terminated');
    expect(await letters()).toEqual([]);
    await expect(consumer.handle(event, { attempt: 8, lastAttempt: true })).resolves.toBe(false);
    expect(await letters()).toMatchObject([{ event_id: event.id, reason: 'failed', attempts: 8 }]);

    // The operator asks for a replay (what the command does) once the cause is gone.
    consumer.failures.delete(placeId);
    await db.dataSource.query('UPDATE dead_letter_event SET replay_requested_at = now()');
    expect(await consumer.replayDeadLetters()).toBe(1);
    expect(await places()).toEqual([{ id: placeId, note: 'v1' }]);
    expect(await inbox.deadLetters.countOpen()).toBe(0);
    // A second replay request changes nothing: the inbox has it.
    await db.dataSource.query('UPDATE dead_letter_event SET replay_requested_at = now(), resolved_at = NULL');
    await consumer.replayDeadLetters();
    expect(await places()).toHaveLength(1);
  });

  it('parks an event of an unknown version instead of acknowledging it away, and applies it after the upgrade', async () => {
    const old = new PlaceConsumer(bus, inbox, logs.logger, false);
    const placeId = randomUUID();
    const newer = envelope(2, { placeId, note: 'from v2' });
    await expect(old.handle(newer)).resolves.toBe(false);
    expect(await letters()).toMatchObject([{ event_id: newer.id, reason: 'unknown_version' }]);
    // Still unknown to the old consumer: it stays parked.
    await old.replayDeadLetters(true);
    expect(await inbox.deadLetters.countOpen()).toBe(1);

    const upgraded = new PlaceConsumer(bus, inbox, logs.logger, true);
    await upgraded.onApplicationBootstrap();
    try {
      expect(await places()).toEqual([{ id: placeId, note: 'from v2' }]);
      expect(await inbox.deadLetters.countOpen()).toBe(0);
    } finally {
      await upgraded.onApplicationShutdown();
    }
  });

  it('dead-letters a PermanentEventError at once', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, true);
    await expect(consumer.handle(envelope(2, { placeId: randomUUID(), note: 'refused' }))).resolves.toBe(false);
    expect(await letters()).toMatchObject([
      { reason: 'failed', error: 'PermanentEventError: this place cannot exist' },
    ]);
  });

  it('dead-letters a message that is not JSON at once, saying so, and a replay leaves it open', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, true);
    const unreadable = {
      id: randomUUID(),
      subject: PlaceV1.subject,
      data: 'not an event\u0000',
      error: 'the payload is not JSON (SyntaxError: Unexpected token)',
      attempt: 1,
    };
    await consumer.handleUnreadable(unreadable);
    await consumer.handleUnreadable({ ...unreadable, attempt: 2 });
    const [letter] = await letters();
    expect(letter).toMatchObject({ event_id: unreadable.id, reason: 'failed', attempts: 2, resolved_at: null });
    expect(letter.error).toContain('the payload is not JSON');
    const [{ envelope }] = (await db.dataSource.query('SELECT envelope FROM dead_letter_event')) as {
      envelope: EventEnvelope;
    }[];
    expect(envelope).toMatchObject({
      subject: PlaceV1.subject,
      version: 0,
      payload: { unreadable: 'not an event\uFFFD' },
    });
    expect(
      logs
        .errors()
        .filter((line) => line.msg === 'event dead-lettered; replay it with npm run events:replay-dead-letters'),
    ).toHaveLength(1);

    await db.dataSource.query('UPDATE dead_letter_event SET replay_requested_at = now()');
    expect(await consumer.replayDeadLetters()).toBe(0);
    expect(await inbox.deadLetters.countOpen()).toBe(1);
    expect(await places()).toEqual([]);
  });

  it('keeps the error of an unreadable message when a replay leaves it open', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, true);
    const error = 'the payload is not JSON (SyntaxError: Unexpected token)';
    await consumer.handleUnreadable({ id: randomUUID(), subject: PlaceV1.subject, data: '{', error, attempt: 1 });
    await db.dataSource.query('UPDATE dead_letter_event SET replay_requested_at = now()');
    expect(await consumer.replayDeadLetters()).toBe(0);
    const [letter] = await letters();
    expect(letter).toMatchObject({ error, attempts: 2, resolved_at: null });
  });

  it('dead-letters an unreadable message cut in the middle of a surrogate pair', async () => {
    const consumer = new PlaceConsumer(bus, inbox, logs.logger, true);
    const unreadable = {
      id: randomUUID(),
      subject: PlaceV1.subject,
      data: `${'x'.repeat(9_999)}\u{1F600} and more`,
      error: 'the payload is not JSON (SyntaxError: Unexpected token)',
      attempt: 1,
    };
    await consumer.handleUnreadable(unreadable);
    const [{ envelope }] = (await db.dataSource.query('SELECT envelope FROM dead_letter_event')) as {
      envelope: EventEnvelope;
    }[];
    expect(envelope.payload).toEqual({ unreadable: 'x'.repeat(9_999) });
  });
});
