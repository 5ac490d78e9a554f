import { setTimeout as sleep } from 'node:timers/promises';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor } from '@antrian/testing';
import { BookingResult, describeFaults, FaultStack, figure, Office, stopAllStacks, withFaultStack } from './harness';

const SUBSCRIBERS = 100;
const BOARD = `subscription ($officeId: ID!) { queueBoardChanged(officeId: $officeId) { officeId queues { stage waiting } } }`;

interface Watcher {
  client: Client;
  /** RECEPTION's waiting count in the latest payload. */
  waiting?: number;
  payloads: number;
  connections: number;
  closeCodes: number[];
}

interface Board {
  queueBoardChanged: { queues: { stage: string; waiting: number }[] };
}

/** 100 board subscribers, graphql-ws clients that reconnect on their own as a board does. */
function watchBoard(stack: FaultStack, office: Office): Watcher[] {
  return Array.from({ length: SUBSCRIBERS }, () => {
    const watcher: Watcher = { payloads: 0, connections: 0, closeCodes: [] } as unknown as Watcher;
    watcher.client = createClient({
      url: stack.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: Infinity,
      retryWait: () => sleep(200 + Math.random() * 300),
      shouldRetry: () => true,
      on: {
        connected: () => void watcher.connections++,
        closed: (event) => void watcher.closeCodes.push((event as { code: number }).code),
      },
    });
    watcher.client.subscribe<Board>(
      { query: BOARD, variables: { officeId: office.officeId } },
      {
        next: ({ data }) => {
          watcher.payloads++;
          watcher.waiting = data
            ? (data.queueBoardChanged.queues.find((q) => q.stage === 'RECEPTION')?.waiting ?? 0)
            : undefined;
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return watcher;
  });
}

async function allShow(watchers: Watcher[], waiting: number, what: string, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  await waitFor(() => (watchers.every((w) => w.waiting === waiting) ? true : undefined), timeoutMs, what);
  return Date.now() - started;
}

/**
 * Boards through the gateway while it restarts and while NATS dies. Before, boards missed every
 * change made while NATS was away until the next change came (20 s later still 73 waiting, truth
 * 76). Now the gateway runs every live group again when its NATS connection returns, and sees a
 * publisher's gap by the live messages' sequence.
 */
describeFaults('live boards', () => {
  afterAll(() => stopAllStacks());

  it('claim: 100 subscribers are back with a current board after a gateway restart, and boards are current after NATS kill -9 without reconnecting', async () => {
    await withFaultStack(
      { label: 'live_boards', services: ['scheduling', 'counter'], processEnv: { gateway: { LOG_LEVEL: 'info' } } },
      async (stack) => {
        const office = await stack.client.openOffice({ capacity: 50 });
        const bookings: BookingResult[] = [];
        for (let i = 0; i < 8; i++) {
          const { response } = await stack.client.book(office);
          bookings.push(response.data!.bookSession);
        }
        await waitFor(
          async () => {
            const [{ count }] = await stack.sql<{ count: string }>(
              'counter',
              'SELECT count(*) FROM booking_copy WHERE office_id = $1',
              [office.officeId],
            );
            return Number(count) === bookings.length ? true : undefined;
          },
          30_000,
          'the floor to know every booking',
        );
        let checkedIn = 0;
        const checkIn = async () => {
          const response = await stack.client.checkIn(office, bookings[checkedIn].code);
          expect(response.errors).toBeUndefined();
          checkedIn++;
        };

        const watchers = watchBoard(stack, office);
        try {
          await allShow(watchers, 0, 'every subscriber’s first board', 60_000);
          await checkIn();
          await allShow(watchers, 1, 'the first check-in on every board');

          // The gateway restarted (SIGTERM, then a new process on the same port).
          const restartedAt = Date.now();
          const stopped = await stack.gateway!.terminate();
          const restartMs = await stack.gateway!.start().then(() => Date.now() - restartedAt);
          await waitFor(
            () => (watchers.every((w) => w.connections >= 2) ? true : undefined),
            20_000,
            'every reconnection',
          );
          await checkIn();
          const backMs = await allShow(watchers, 2, 'a check-in after the restart on every board');
          const goingAway = watchers.filter((w) => w.closeCodes.includes(1001)).length;
          figure('gateway restart: stopped in', stopped.ms, 'ms');
          figure(
            'gateway restart: all 100 reconnected and current, after the restart began',
            Date.now() - restartedAt,
            'ms',
          );
          figure('gateway restart: the new board on all 100 after the check-in', backMs, 'ms');
          figure('gateway restart: sockets closed with 1001', goingAway);
          expect(stopped.code).toBe(0);
          expect(goingAway).toBe(SUBSCRIBERS);
          expect(Date.now() - restartedAt - restartMs).toBeLessThan(10_000);

          // NATS killed (-9) while the floor checks in; back 5 s later. Nobody reconnects to the gateway.
          const connectionsBefore = watchers.map((w) => w.connections);
          await stack.nats.kill();
          for (let i = 0; i < 3; i++) await checkIn();
          await sleep(5000);
          expect(watchers.every((w) => w.waiting === 2)).toBe(true); // nothing reached them meanwhile
          const natsBackAt = Date.now();
          await stack.nats.restart();
          const currentMs = await allShow(watchers, 5, 'the check-ins made while NATS was away on every board');
          figure('nats kill: every board current after NATS returned', Date.now() - natsBackAt, 'ms');
          expect(watchers.map((w) => w.connections)).toEqual(connectionsBefore);
          expect(currentMs).toBeLessThan(15_000);
          const resyncs = stack.gateway!.logLines().filter((line) => line.msg === 'live groups resynced');
          expect(resyncs.length).toBeGreaterThanOrEqual(1);
        } finally {
          await Promise.all(watchers.map((w) => w.client.dispose()));
        }
      },
    );
  });
});
