import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'nats';
import { defineEvent } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { describeWithNats, freePort, waitFor } from '@antrian/testing';
import { NatsEventBus, OutboxRelay, OutboxService } from '../src';
import { createMessagingTestDatabase, MessagingTestDatabase } from './messaging-test-database';
import { NATS_SERVER_BINARY, natsServerAvailable, NatsServerProcess } from './nats-server-process';

const logger = createLogger('nats-outage-int-spec', 'silent');

if (!natsServerAvailable()) {
  console.warn(`${NATS_SERVER_BINARY} is missing (set NATS_SERVER_BIN): the NATS outage test is skipped.`);
}
const itWithNatsServer = natsServerAvailable() ? it : it.skip;

describeWithNats('outbox relay across a NATS outage', () => {
  const tag = randomBytes(4).toString('hex');
  const stream = { name: `TEST_${tag}_OUTAGE`, subjects: [`t${tag}sched.*.*`] };
  const BookingCreated = defineEvent<{ bookingId: string }>()(`t${tag}sched.booking.created`, 1);
  let storeDir: string | undefined;
  let server: NatsServerProcess | undefined;
  let bus: NatsEventBus | undefined;
  let relay: OutboxRelay | undefined;
  let db: MessagingTestDatabase | undefined;

  afterAll(async () => {
    await relay?.stop();
    await bus?.close();
    await server?.stop();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    await db?.drop();
  });

  itWithNatsServer(
    'publishes an event committed while NATS was down once it is back, exactly once',
    async () => {
      storeDir = mkdtempSync(join(tmpdir(), 'antrian-nats-outage-'));
      server = new NatsServerProcess(await freePort(), storeDir);
      await server.start();
      db = await createMessagingTestDatabase('messaging_outage');
      bus = new NatsEventBus({
        url: server.url,
        name: 'outage-test',
        logger,
        streams: [stream],
        publishTimeoutMs: 500,
        reconnectTimeWaitMs: 100,
        backoffMs: [100],
      });
      await bus.start();
      const deliveries: string[] = [];
      await bus.consume({
        durable: 'outage-observer',
        subjects: [BookingCreated.subject],
        handler: async (envelope) => void deliveries.push(envelope.id),
      });
      relay = new OutboxRelay(db.dataSource, bus, logger, { retryDelayMs: 100, maxRetryDelayMs: 300 });
      await relay.start();
      const outbox = new OutboxService();
      const append = (bookingId: string) =>
        (db as MessagingTestDatabase).dataSource.transaction((manager) =>
          outbox.append(manager, BookingCreated, { bookingId }),
        );

      const before = await append('before-the-outage');
      await waitFor(() => (deliveries.includes(before.id) ? true : undefined), 5000, 'the first event');

      await server.stop();
      const during = await append('during-the-outage');
      const row = await waitFor(
        async () => {
          const found = (await (db as MessagingTestDatabase).outbox()).find((r) => r.id === during.id);
          return found && found.attempts >= 3 ? found : undefined;
        },
        10_000,
        'the relay to retry',
      );
      expect(row.published_at).toBeNull();
      expect(row.last_error).toContain('NATS is unreachable');
      expect(deliveries).not.toContain(during.id);

      await server.start();
      await waitFor(() => (deliveries.includes(during.id) ? true : undefined), 20_000, 'the event after the outage');
      await sleep(1000);
      expect(deliveries.filter((id) => id === during.id)).toHaveLength(1);
      expect(deliveries.filter((id) => id === before.id)).toHaveLength(1);
      const rows = await db.outbox();
      expect(rows.map((r) => r.published_at !== null)).toEqual([true, true]);

      // The stream itself holds each event once: no copy buffered during the outage slipped in.
      const admin = await connect({ servers: server.url });
      try {
        const info = await (await admin.jetstreamManager()).streams.info(stream.name);
        expect(info.state.messages).toBe(2);
      } finally {
        await admin.close();
      }
    },
    60_000,
  );
});
