import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLiveStamp, LiveStamp } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { freePort, waitFor } from '@antrian/testing';
import { NatsEventBus } from '../src';
import { NATS_SERVER_BINARY, natsServerAvailable, NatsServerProcess } from './nats-server-process';

const logger = createLogger('live-sequence-int-spec', 'silent');

if (!natsServerAvailable()) {
  console.warn(`${NATS_SERVER_BINARY} is missing (set NATS_SERVER_BIN): the live sequence test is skipped.`);
}
const describeWithNatsServer = natsServerAvailable() ? describe : describe.skip;

describeWithNatsServer('live messages across a NATS outage', () => {
  let storeDir: string;
  let server: NatsServerProcess;
  let publisher: NatsEventBus;
  let gateway: NatsEventBus;

  afterAll(async () => {
    await publisher?.close();
    await gateway?.close();
    await server?.stop();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  it('stamps each live message with its sequence, counts the ones dropped while NATS was away, and tells subscribers when the connection is back', async () => {
    storeDir = mkdtempSync(join(tmpdir(), 'antrian-live-seq-'));
    server = new NatsServerProcess(await freePort(), storeDir);
    await server.start();
    const options = { url: server.url, logger, streams: [], reconnectTimeWaitMs: 100, publishTimeoutMs: 500 };
    publisher = new NatsEventBus({ ...options, name: 'counter', liveHeartbeatMs: 300 });
    gateway = new NatsEventBus({ ...options, name: 'gateway' });
    await Promise.all([publisher.start(), gateway.start()]);
    const received: { subject: string; stamp: LiveStamp }[] = [];
    let restorations = 0;
    gateway.onConnected(() => restorations++);
    await gateway.subscribeLive('*.live.>', (subject, data) => {
      if (isLiveStamp(data)) received.push({ subject, stamp: data });
    });

    publisher.publishLive('counter.live.board.1');
    publisher.publishLive('counter.live.ticket.9');
    await waitFor(() => (received.length >= 2 ? true : undefined), 5000, 'two live messages');
    expect(received.slice(0, 2).map((message) => message.stamp.seq)).toEqual([1, 2]);
    expect(new Set(received.map((message) => message.stamp.origin)).size).toBe(1);
    expect(received[0].stamp.origin).toMatch(/^counter:/);
    const origin = received[0].stamp.origin;

    await server.stop();
    const seenBefore = Math.max(...received.map((message) => message.stamp.seq));
    received.length = 0;
    // Check-ins while NATS is away: their live messages are lost, but counted.
    publisher.publishLive('counter.live.board.1');
    publisher.publishLive('counter.live.board.1');
    const before = restorations;
    await server.start();

    await waitFor(() => (restorations > before ? true : undefined), 15_000, 'the gateway to reconnect');
    // The publisher's heartbeat says where its sequence stands: past the two that never came.
    const heartbeat = await waitFor(
      () => received.find((message) => message.subject === 'counter.live.heartbeat'),
      15_000,
      "the publisher's heartbeat",
    );
    expect(heartbeat.stamp.origin).toBe(origin);
    expect(heartbeat.stamp.seq).toBeGreaterThanOrEqual(seenBefore + 3);
  }, 60_000);
});
