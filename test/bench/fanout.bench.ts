import { randomBytes, randomUUID } from 'node:crypto';
import { Client, createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { AccessTokenSigner, Identity } from '@antrian/auth';
import { liveSubjects } from '@antrian/contracts';
import { DEV_SECRETS } from '@antrian/config';
import { dropDatabase, withDatabase } from '@antrian/database';
import { createLogger } from '@antrian/logging';
import { GraphQLResponse, postGraphQL, sessionSlot, untilKnown } from '@antrian/testing';
import { startStack } from '../../deploy/local/stack';
import { SUBGRAPHS } from '../../deploy/local/subgraph-registry';
import { BENCH_PROCESS_ENV, benchDatabaseServer, fmt, percentile, runCleanups } from './bench-kit';

/**
 * `npm run bench:fanout`: S graphql-ws subscribers (default 1,000) watch one office's queue board
 * through the gateway, and beside them F officers of the office (default 200, each signed in as
 * herself) watch its `officeFloorChanged`; a kiosk checks E applicants in (default 20), one after
 * the other. For each check-in: the time from sending it to each subscriber receiving the new
 * board, or the new floor. Baseline in the same run: as many plain WebSockets (S + F) receiving a
 * payload of the same size from a bare `ws` server. Also prints the gateway's resolutions per live
 * message, for S + F and for a tenth of them: it must not grow with the number of subscribers.
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const FLOOR_SUBSCRIBERS = Number(process.env.BENCH_FLOOR_SUBSCRIBERS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);

const BOARD = `subscription ($officeId: ID!) {
  queueBoardChanged(officeId: $officeId) { officeId updatedAt queues { stage waiting averageWaitSeconds } nowServing { counter { name } ticket { number } } }
}`;

const FLOOR = `subscription ($officeId: ID!) {
  officeFloorChanged(officeId: $officeId) { officeId updatedAt longestWaitSeconds servedToday noShowsToday
    queues { stage waiting averageWaitSeconds } counters { name open officer { id } currentTicket { number } }
    onHold { number holdReason } }
}`;

interface Board {
  queues: { stage: string; waiting: number }[];
}

const waitingAtReception = (board: Board) => board.queues.find((q) => q.stage === 'RECEPTION')?.waiting ?? 0;

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const logger = createLogger('bench', 'warn');
  try {
    const serverUrl = await benchDatabaseServer(cleanups);
    const prefix = `bench_${randomBytes(3).toString('hex')}`;
    const stack = await startStack({
      // The launcher's bus: NATS when NATS_URL is set, in-process otherwise.
      env: { ...BENCH_PROCESS_ENV, NATS_URL: process.env.NATS_URL },
      databaseUrl: serverUrl,
      databasePrefix: prefix,
      ports: { gateway: 0, ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])) },
      logger,
    });
    cleanups.push(async () => {
      await stack.stop();
      for (const subgraph of SUBGRAPHS) await dropDatabase(withDatabase(serverUrl!, `${prefix}_${subgraph.name}`));
    });

    const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
    const tokenOf = async (identity: Identity) => (await signer.sign(identity)).token;
    const post = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
      postGraphQL<T>(stack.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
    const dataOf = <T>(response: GraphQLResponse<T>): T => {
      if (response.errors?.length) throw new Error(response.errors.map((e) => e.message).join('; '));
      return response.data as T;
    };
    const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> =>
      dataOf(await post<T>(query, variables, token));

    // One office with a session starting in 30 minutes (inside the arrival window), EVENTS bookings
    // in it, a kiosk of the office, and the counter service's copy of all of that.
    const admin = await tokenOf({ sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null });
    const { createOffice } = await gql<{ createOffice: { id: string } }>(
      `mutation { createOffice(input: { code: "FANOUT", name: "Fan-out Office", timeZone: "Asia/Jakarta" }) { id } }`,
      {},
      admin,
    );
    const officeId = createOffice.id;
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 30 * 60_000), 3_600_000);
    const { addSession } = await gql<{ addSession: { id: string } }>(
      `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
      { input: { officeId, startsAt, endsAt, capacity: EVENTS * 2 + 10 } },
      admin,
    );
    // A kiosk scans QR codes (typed booking codes are an officer's).
    const codes: string[] = [];
    for (let i = 0; i < EVENTS * 2; i += 1) {
      const applicant = await tokenOf({ sub: randomUUID(), kind: 'applicant', roles: [], officeId: null });
      const { bookSession } = await gql<{ bookSession: { qrToken: string } }>(
        `mutation ($input: BookSessionInput!) { bookSession(input: $input) { qrToken } }`,
        { input: { sessionId: addSession.id, service: 'RENEWAL', idempotencyKey: randomUUID() } },
        applicant,
      );
      codes.push(bookSession.qrToken);
    }
    // Identity learns of the new office from scheduling's event; until then registerDevice answers NOT_FOUND.
    const { registerDevice } = dataOf(
      await untilKnown(
        () =>
          post<{ registerDevice: { credentials: { accessToken: string } } }>(
            `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { accessToken } } }`,
            { input: { officeId, kind: 'KIOSK', name: 'Bench kiosk' } },
            admin,
          ),
        'identity to know the bench office',
      ),
    );
    const kiosk = registerDevice.credentials.accessToken;
    const checkIn = (code: string) =>
      gql(
        `mutation ($input: CheckInInput!) { checkIn(input: $input) { number } }`,
        { input: { officeId, qrToken: code } },
        kiosk,
      );
    // The counter service learns of the office through an event; wait until it has arrived.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await gql(`query ($id: ID!) { queueBoard(officeId: $id) { officeId } }`, { id: officeId });
        await checkIn(codes.pop()!);
        break;
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    // Officers of the office, each with a token of her own: the floor is judged per subscriber
    // when she subscribes, and resolved once per live message for all of them.
    const officerTokens = await Promise.all(
      Array.from({ length: FLOOR_SUBSCRIBERS }, (_, i) =>
        tokenOf({ sub: randomUUID(), kind: 'officer', roles: [i % 10 ? 'RECEPTION' : 'SUPERVISOR'], officeId }),
      ),
    );
    const floorSubject = liveSubjects.officeFloor(officeId);

    /**
     * Opens `count` sockets, each subscribing once, a hundred at a time (a shared machine resets
     * connections that arrive in one burst; a reset one is tried again); resolves when every first
     * payload has arrived.
     */
    const subscribeAll = async (
      count: number,
      clients: Client[],
      subscription: { query: string; field: 'queueBoardChanged' | 'officeFloorChanged' },
      token?: (i: number) => string,
    ) => {
      const latest: Board[] = [];
      const arrivals: ((board: Board) => void)[] = [];
      const open = (i: number, attempt = 0): void => {
        const client = createClient({
          url: stack.gatewayUrl.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          connectionParams: token ? { authorization: `Bearer ${token(i)}` } : undefined,
        });
        clients.push(client);
        client.subscribe<Record<string, Board>>(
          { query: subscription.query, variables: { officeId } },
          {
            next: ({ data, errors }) => {
              if (errors?.length) return console.error('subscription errors', errors);
              latest[i] = data![subscription.field];
              arrivals[i]?.(latest[i]);
            },
            error: (error) => {
              if (latest[i] || attempt >= 5) return console.error('subscription error', String(error));
              setTimeout(() => open(i, attempt + 1), 200 * (attempt + 1));
            },
            complete: () => undefined,
          },
        );
      };
      const arrived = () => latest.filter(Boolean).length;
      for (let i = 0; i < count; i += 1) {
        open(i);
        if ((i + 1) % 100 === 0 || i + 1 === count) {
          while (arrived() < i + 1) await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      return { latest, arrivals };
    };

    /** Every subscriber's wait for a board or floor that shows one more ticket waiting. */
    const arrivalsOf = (
      watchers: { latest: Board[]; arrivals: ((board: Board) => void)[] },
      expected: number,
      sent: number,
      latencies: number[],
    ) =>
      watchers.latest.map(
        (_, i) =>
          new Promise<void>((resolve) => {
            watchers.arrivals[i] = (board) => {
              if (waitingAtReception(board) < expected) return;
              latencies.push(performance.now() - sent);
              watchers.arrivals[i] = () => undefined;
              resolve();
            };
          }),
      );

    const measure = async (subscribers: number, floorSubscribers: number, events: number) => {
      const clients: Client[] = [];
      const boards = await subscribeAll(subscribers, clients, { query: BOARD, field: 'queueBoardChanged' });
      const floors = await subscribeAll(
        floorSubscribers,
        clients,
        { query: FLOOR, field: 'officeFloorChanged' },
        (i) => officerTokens[i],
      );
      const floorGroups = stack.liveStats().subjects[floorSubject]?.groups ?? 0;
      const before = stack.liveStats();
      const latencies: number[] = [];
      const floorLatencies: number[] = [];
      for (let e = 0; e < events; e += 1) {
        const expected = waitingAtReception(boards.latest[0]) + 1;
        const sent = performance.now();
        const received = Promise.all([
          ...arrivalsOf(boards, expected, sent, latencies),
          ...arrivalsOf(floors, expected, sent, floorLatencies),
        ]);
        await checkIn(codes.pop()!);
        await received;
      }
      const after = stack.liveStats();
      await Promise.all(clients.map((client) => client.dispose()));
      const floorBefore = before.subjects[floorSubject];
      const floorAfter = after.subjects[floorSubject];
      return {
        latencies,
        floorLatencies,
        floorGroups,
        messages: after.messages - before.messages,
        executions: after.executions - before.executions,
        floorMessages: (floorAfter?.messages ?? 0) - (floorBefore?.messages ?? 0),
        floorExecutions: (floorAfter?.executions ?? 0) - (floorBefore?.executions ?? 0),
      };
    };

    const small = await measure(
      Math.max(1, Math.floor(SUBSCRIBERS / 10)),
      Math.max(1, Math.floor(FLOOR_SUBSCRIBERS / 10)),
      Math.max(1, Math.floor(EVENTS / 2)),
    );
    const large = await measure(SUBSCRIBERS, FLOOR_SUBSCRIBERS, EVENTS);
    const baseline = await rawWebSocketBaseline(SUBSCRIBERS + FLOOR_SUBSCRIBERS, EVENTS, 600);

    console.log(
      `\nbench:fanout — ${SUBSCRIBERS} graphql-ws subscribers on one office's board and ${FLOOR_SUBSCRIBERS} officers ` +
        `on its officeFloorChanged, ${EVENTS} check-ins\n`,
    );
    const row = (name: string, values: number[]) =>
      console.log(
        `${name.padEnd(46)} p50 ${fmt(percentile(values, 50)).padStart(6)} ms  p99 ${fmt(percentile(values, 99)).padStart(6)} ms  max ${fmt(Math.max(...values)).padStart(6)} ms`,
      );
    row('check-in → every board (gateway)', large.latencies);
    row('check-in → every officer’s floor (gateway)', large.floorLatencies);
    row(`bare ws broadcast to ${SUBSCRIBERS + FLOOR_SUBSCRIBERS} sockets`, baseline);
    const ratio = (values: number[]) => fmt(percentile(values, 99) / percentile(baseline, 99), 1);
    console.log(
      `\np99 ratio, gateway ÷ bare ws: boards ${ratio(large.latencies)}×, floors ${ratio(large.floorLatencies)}×   ` +
        `(target p99 ≤ 100 ms: boards ${percentile(large.latencies, 99) <= 100 ? 'met' : 'missed'}, ` +
        `floors ${percentile(large.floorLatencies, 99) <= 100 ? 'met' : 'missed'})`,
    );
    console.log(
      `resolutions per live message: ${fmt(small.executions / Math.max(1, small.messages), 2)} with ${Math.floor(SUBSCRIBERS / 10)}+${Math.floor(FLOOR_SUBSCRIBERS / 10)} subscribers, ` +
        `${fmt(large.executions / Math.max(1, large.messages), 2)} with ${SUBSCRIBERS}+${FLOOR_SUBSCRIBERS} (executions ${small.executions} / ${large.executions}, messages ${small.messages} / ${large.messages})`,
    );
    console.log(
      `officeFloorChanged: ${large.floorGroups} group(s) for ${FLOOR_SUBSCRIBERS} officers, ` +
        `${large.floorExecutions} executions for ${large.floorMessages} floor messages`,
    );
    process.exitCode =
      large.executions / Math.max(1, large.messages) > small.executions / Math.max(1, small.messages) + 0.5 ||
      large.floorExecutions > large.floorMessages
        ? 1
        : 0;
  } finally {
    await runCleanups(cleanups);
  }
}

/** The floor: a bare ws server sending a pre-serialised payload to every socket. */
async function rawWebSocketBaseline(clients: number, events: number, payloadBytes: number): Promise<number[]> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  // A hundred at a time, a reset connection tried again, as for the gateway's subscribers.
  const connect = (): Promise<WebSocket> =>
    new Promise<WebSocket>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}`);
      socket.once('open', () => resolve(socket));
      socket.once('error', () => setTimeout(() => resolve(connect()), 200));
    });
  const sockets: WebSocket[] = [];
  for (let i = 0; i < clients; i += 100) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, clients - i) }, connect))));
  }
  while (server.clients.size < clients) await new Promise((resolve) => setTimeout(resolve, 10));
  const payload = JSON.stringify({ type: 'next', id: '1', payload: 'x'.repeat(payloadBytes) });
  const latencies: number[] = [];
  for (let e = 0; e < events; e += 1) {
    const sent = performance.now();
    const received = Promise.all(
      sockets.map(
        (socket) =>
          new Promise<void>((resolve) =>
            socket.once('message', () => (latencies.push(performance.now() - sent), resolve())),
          ),
      ),
    );
    for (const client of server.clients) client.send(payload);
    await received;
  }
  for (const socket of sockets) socket.close();
  await new Promise((resolve) => server.close(resolve));
  return latencies;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
