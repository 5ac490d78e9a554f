import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, nkeys } from 'nats';
import { parse } from 'yaml';
import { EventEnvelope } from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { EventBus, NatsEventBus } from '@antrian/messaging';
import { freePort, waitFor } from '@antrian/testing';

/**
 * The NATS users of deploy/k8s/nats/values.yaml, on a real nats-server configured from that file's
 * `config.merge` as the chart renders it (`<< $X >>` becomes the environment variable $X): each
 * process, with its own nkey seed (NATS_NKEY_SEED), can do its work, and nothing of another's.
 */
const VALUES = join(__dirname, 'k8s', 'nats', 'values.yaml');
const PROCESSES = ['identity', 'scheduling', 'counter', 'gateway'] as const;
type Process = (typeof PROCESSES)[number];

const hasNatsServer = spawnSync('nats-server', ['--version']).status === 0;
const describeWithServer = hasNatsServer ? describe : describe.skip;

/** The server configuration the chart renders from the values' `config.merge`. */
function renderedConfig(port: number, storeDir: string): string {
  const values = parse(readFileSync(VALUES, 'utf8')) as { config: { merge: Record<string, unknown> } };
  const merged = { ...values.config.merge, host: '127.0.0.1', port, jetstream: { store_dir: storeDir } };
  return JSON.stringify(merged, null, 2).replace(/"<< (.+?) >>"/g, '$1');
}

const envelope = (subject: string): EventEnvelope => ({
  id: randomUUID(),
  subject,
  version: 1,
  occurredAt: new Date().toISOString(),
  payload: {},
});

async function untilListening(port: number): Promise<void> {
  await waitFor(
    () =>
      new Promise<true | undefined>((resolve) => {
        const socket = netConnect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.end();
          resolve(true);
        });
        socket.once('error', () => resolve(undefined));
      }),
    10_000,
    'nats-server',
  );
}

describeWithServer('NATS credentials and permissions of the Helm values', () => {
  const logger = createLogger('nats-permissions', 'silent');
  const seeds = {} as Record<Process, string>;
  const buses = {} as Record<Process, NatsEventBus>;
  let server: ChildProcess;
  let folder: string;
  let url: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'antrian-nats-'));
    const port = await freePort();
    url = `nats://127.0.0.1:${port}`;
    const publicKeys: Record<string, string> = {};
    for (const process of PROCESSES) {
      const user = nkeys.createUser();
      seeds[process] = new TextDecoder().decode(user.getSeed());
      publicKeys[`${process.toUpperCase()}_NKEY`] = user.getPublicKey();
    }
    writeFileSync(join(folder, 'nats.conf'), renderedConfig(port, join(folder, 'jetstream')));
    server = spawn('nats-server', ['-c', join(folder, 'nats.conf')], {
      env: { ...process.env, ...publicKeys },
      stdio: 'ignore',
    });
    await untilListening(port);
    // On a busy machine JetStream may take a while after the port opens: one client first.
    const probe = await connect({
      servers: url,
      authenticator: nkeyAuthenticatorFor(seeds.gateway),
      timeout: 30_000,
      waitOnFirstConnect: true,
    });
    await (await probe.jetstreamManager({ timeout: 30_000 })).getAccountInfo();
    await probe.close();
    for (const process of PROCESSES) {
      buses[process] = new NatsEventBus({
        url,
        name: process,
        nkeySeed: seeds[process],
        logger,
        publishTimeoutMs: 2000,
      });
    }
    // Each creates or updates the three streams, as every process does at start (one after the
    // other: on a busy machine four processes creating file streams at once time out).
    for (const process of PROCESSES) await buses[process].start();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(Object.values(buses).map((bus) => bus.close()));
    server?.kill('SIGTERM');
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const received = (bus: EventBus, durable: string, subject: string) => {
    const seen: string[] = [];
    const ready = bus.consume({ durable, subjects: [subject], handler: async (event) => void seen.push(event.id) });
    return { seen, ready };
  };

  it('refuses a client without an nkey', async () => {
    await expect(connect({ servers: url, timeout: 2000, reconnect: false })).rejects.toThrow(/Authorization/i);
  });

  it('each service publishes its own events and reads the streams it consumes; the gateway hears every live subject', async () => {
    const flows: [Process, string, Process][] = [
      ['scheduling', 'scheduling.office.created', 'identity'],
      ['scheduling', 'scheduling.booking.created', 'counter'],
      ['identity', 'identity.family_member.added', 'scheduling'],
      ['counter', 'counter.ticket.checked_in', 'scheduling'],
    ];
    for (const [producer, subject, consumer] of flows) {
      const consumed = received(buses[consumer], `${consumer}-permissions-test-${producer}`, subject);
      const unsubscribe = await consumed.ready;
      const event = envelope(subject);
      await buses[producer].publish(event);
      await waitFor(() => (consumed.seen.includes(event.id) ? true : undefined), 10_000, `${subject} at ${consumer}`);
      await unsubscribe();
    }

    const live: string[] = [];
    const stop = await buses.gateway.subscribeLive('*.live.>', (subject) => void live.push(subject));
    buses.counter.publishLive('counter.live.board.1');
    buses.identity.publishLive('identity.live.viewer.1');
    await waitFor(() => (live.length === 2 ? true : undefined), 5000, 'two live messages');
    expect(live.sort()).toEqual(['counter.live.board.1', 'identity.live.viewer.1']);
    await stop();

    // Every gateway replica watches identity's revocations (an ordered consumer of its own).
    const revoked: string[] = [];
    const unwatch = await buses.gateway.watchEvents({
      subjects: ['identity.access.revoked'],
      replayMs: 60_000,
      handler: async (event) => void revoked.push(event.id),
    });
    const revocation = envelope('identity.access.revoked');
    await buses.identity.publish(revocation);
    await waitFor(() => (revoked.includes(revocation.id) ? true : undefined), 10_000, 'the revocation at the gateway');
    await unwatch();
  }, 60_000);

  it("no service publishes another's events, reads a stream it does not consume, or deletes a stream", async () => {
    await expect(buses.identity.publish(envelope('scheduling.office.created'))).rejects.toThrow();
    await expect(buses.gateway.publish(envelope('counter.ticket.checked_in'))).rejects.toThrow();
    await expect(
      buses.counter.consume({
        durable: 'counter-reads-identity',
        subjects: ['identity.family_member.added'],
        handler: async () => {},
      }),
    ).rejects.toThrow(/permission/i);
    const nc = await connect({ servers: url, authenticator: nkeyAuthenticatorFor(seeds.identity), timeout: 2000 });
    try {
      const jsm = await nc.jetstreamManager();
      await expect(jsm.streams.delete('SCHEDULING')).rejects.toThrow();
    } finally {
      await nc.close();
    }
  }, 60_000);
});

function nkeyAuthenticatorFor(seed: string) {
  // Imported here so the test reads as the service does: one seed, one authenticator.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nkeyAuthenticator } = require('nats') as typeof import('nats');
  return nkeyAuthenticator(new TextEncoder().encode(seed));
}
