import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'nats';
import { EventEnvelope, StreamDefinition } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { describeWithNats, freePort, natsUrl, waitFor } from '@antrian/testing';
import { EventBus, InProcessEventBus, NatsEventBus } from '../src';
import { NATS_SERVER_BINARY, natsServerAvailable, NatsServerProcess } from './nats-server-process';

const logger = createLogger('watch-events-int-spec', 'silent');

function envelope(subject: string, payload: unknown, occurredAt = new Date()): EventEnvelope {
  return { id: randomUUID(), subject, version: 1, occurredAt: occurredAt.toISOString(), payload };
}

/** What two replicas watching the same subject each receive. */
async function watchers(buses: EventBus[], subject: string, replayMs: number) {
  const received = buses.map(() => [] as unknown[]);
  const stops = await Promise.all(
    buses.map((bus, index) =>
      bus.watchEvents({
        subjects: [subject],
        replayMs,
        handler: (event) => void received[index].push(event.payload),
      }),
    ),
  );
  return { received, stop: () => Promise.all(stops.map((stop) => stop())) };
}

const until = (check: () => boolean, what: string, timeoutMs = 10_000) =>
  waitFor(() => (check() ? true : undefined), timeoutMs, what);

describe('watchEvents on the in-process bus', () => {
  it('gives every watcher every event, from the replay window on', async () => {
    const bus = new InProcessEventBus(logger);
    await bus.publish(envelope('identity.access.revoked', 'too old', new Date(Date.now() - 60_000)));
    await bus.publish(envelope('identity.access.revoked', 'recent'));
    await bus.publish(envelope('identity.applicant.registered', 'another subject'));
    const { received, stop } = await watchers([bus, bus], 'identity.access.revoked', 30_000);
    await bus.publish(envelope('identity.access.revoked', 'new'));
    await until(() => received.every((payloads) => payloads.length === 2), 'both watchers');
    expect(received).toEqual([
      ['recent', 'new'],
      ['recent', 'new'],
    ]);
    await stop();
    await bus.publish(envelope('identity.access.revoked', 'after stopping'));
    await sleep(50);
    expect(received[0]).toHaveLength(2);
    await bus.close();
  });
});

describeWithNats('watchEvents on NATS JetStream', () => {
  const tag = randomBytes(4).toString('hex');
  const streams: StreamDefinition[] = [{ name: `TEST_${tag}_IDENTITY`, subjects: [`t${tag}id.*.*`] }];
  const revoked = `t${tag}id.access.revoked`;
  const buses: NatsEventBus[] = [];
  const createBus = async (url = natsUrl as string) => {
    const bus = new NatsEventBus({ url, name: `watch-${tag}`, logger, streams, reconnectTimeWaitMs: 100 });
    buses.push(bus);
    await bus.start();
    return bus;
  };

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  afterAll(async () => {
    // Streams of this run only: gone with it.
    const admin = await connect({ servers: natsUrl });
    await (await admin.jetstreamManager()).streams.delete(streams[0].name).catch(() => undefined);
    await admin.close();
  });

  it('gives every replica every event (no shared consumer), from the replay window on', async () => {
    // Connected first, so that the window starts right after the last publish however loaded the machine is.
    const [publisher, ...replicas] = [await createBus(), await createBus(), await createBus()];
    await publisher.publish(envelope(revoked, 'before the window'));
    await sleep(4000);
    await publisher.publish(envelope(revoked, 'within the window'));
    const { received, stop } = await watchers(replicas, revoked, 2000);
    await until(() => received.every((payloads) => payloads.length === 1), 'the replayed event');
    await publisher.publish(envelope(revoked, 'new'));
    await until(() => received.every((payloads) => payloads.length === 2), 'the new event on both replicas');
    expect(received).toEqual([
      ['within the window', 'new'],
      ['within the window', 'new'],
    ]);
    await stop();
  });

  (natsServerAvailable() ? it : it.skip)(
    `keeps watching across a NATS restart (needs ${NATS_SERVER_BINARY})`,
    async () => {
      const storeDir = mkdtempSync(join(tmpdir(), 'antrian-watch-'));
      const server = new NatsServerProcess(await freePort(), storeDir);
      try {
        await server.start();
        const publisher = await createBus(server.url);
        const replica = await createBus(server.url);
        const { received, stop } = await watchers([replica], revoked, 60_000);
        await publisher.publish(envelope(revoked, 'before the restart'));
        await until(() => received[0].length === 1, 'the first event');
        await server.stop();
        await sleep(300);
        await server.start();
        await waitFor(
          () =>
            publisher.publish(envelope(revoked, 'after the restart')).then(
              () => true,
              () => undefined,
            ),
          10_000,
          'a publish after the restart',
        );
        await until(() => received[0].includes('after the restart'), 'the event after the restart', 20_000);
        // The window may come again after a reconnection: the handler is idempotent; nothing is lost.
        expect(new Set(received[0])).toEqual(new Set(['before the restart', 'after the restart']));
        await stop();
      } finally {
        await Promise.all(buses.splice(0).map((bus) => bus.close()));
        await server.stop();
        rmSync(storeDir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
