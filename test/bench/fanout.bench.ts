import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { AccessTokenSigner, Identity } from '@antrian/auth';
import { liveSubjects } from '@antrian/contracts';
import { DEV_SECRETS } from '@antrian/config';
import { dropDatabase, withDatabase } from '@antrian/database';
import { createLogger } from '@antrian/logging';
import { applicantInput, errorCodes, GraphQLResponse, postGraphQL, sessionSlot, untilKnown } from '@antrian/testing';
import { startStack } from '../../deploy/local/stack';
import { SUBGRAPHS } from '../../deploy/local/subgraph-registry';
import { BENCH_PROCESS_ENV, benchDatabaseServer, fmt, percentile, runCleanups, stopProcess } from './bench-kit';

/**
 * `npm run bench:fanout`: S graphql-ws subscribers (default 1,000) watch one office's queue board
 * through the gateway, and beside them F officers of the office (default 200, each signed in as
 * herself) watch its `officeFloorChanged`; a kiosk checks E applicants in (default 20), one after
 * the other, booked beforehand; then (unless BENCH_MIX=0) E more, each right after a fresh
 * registration, sign-in and booking through the gateway, the next applicant's booking running
 * while the check-in fans out (as on a real morning). For each check-in: the time from sending it
 * to each subscriber receiving the new board, or the new floor. Baseline in the same run: as many
 * plain WebSockets (S + F) receiving a payload of the same size from a bare `ws` server. The
 * subscribers live in a process of their own (fanout-clients.ts); the gateway and the bus in this
 * one, whose RSS before and after subscribing gives the gateway's memory per subscriber. Also
 * prints the gateway's resolutions per live message, for S + F and for a tenth of them: it must
 * not grow with the number of subscribers.
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

/** BENCH_MIX=0 leaves out the phase with bookings interleaved. */
const MIXED = process.env.BENCH_MIX !== '0';

/** The epoch clock, shared with the clients' process. */
const clock = () => performance.timeOrigin + performance.now();

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
      { input: { officeId, startsAt, endsAt, capacity: EVENTS * 3 + 10 } },
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
    // Access tokens live 15 minutes, and subscribing 10,000 boards can take longer: the kiosk's is
    // signed again (same device, same claims) when it is five minutes old.
    let kiosk = registerDevice.credentials.accessToken;
    const claims = JSON.parse(Buffer.from(kiosk.split('.')[1], 'base64url').toString()) as Record<string, never>;
    const kioskIdentity: Identity = {
      sub: claims.sub,
      kind: claims.kind,
      roles: claims.roles,
      officeId: claims.officeId,
      deviceKind: claims.deviceKind,
      sessionId: claims.sid,
    };
    let kioskSignedAt = Date.now();
    const kioskToken = async () => {
      if (Date.now() - kioskSignedAt > 5 * 60_000) [kiosk, kioskSignedAt] = [await tokenOf(kioskIdentity), Date.now()];
      return kiosk;
    };
    const checkIn = async (code: string) =>
      gql(
        `mutation ($input: CheckInInput!) { checkIn(input: $input) { number } }`,
        { input: { officeId, qrToken: code } },
        await kioskToken(),
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

    // Mixed phase: each check-in follows a fresh registration, sign-in and booking through the
    // gateway, as on a real morning; the next applicant's booking runs while the check-in fans out.
    const bookFresh = async (): Promise<string> => {
      const input = applicantInput();
      await gql(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
      const { signIn } = await gql<{ signIn: { accessToken: string } }>(
        `mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }`,
        { login: input.email, password: input.password },
      );
      const { bookSession } = await gql<{ bookSession: { qrToken: string } }>(
        `mutation ($input: BookSessionInput!) { bookSession(input: $input) { qrToken } }`,
        { input: { sessionId: addSession.id, service: 'RENEWAL', idempotencyKey: randomUUID() } },
        signIn.accessToken,
      );
      return bookSession.qrToken;
    };
    let retriedCheckIns = 0;
    /** How long each measured check-in took to answer. */
    let answers: number[] = [];
    /** Checks a fresh booking in as soon as the counter knows it; returns when the accepted check-in was sent. */
    const checkInFresh = async (code: string): Promise<number> => {
      for (;;) {
        const sent = clock();
        const response = await post(
          `mutation ($input: CheckInInput!) { checkIn(input: $input) { number } }`,
          { input: { officeId, qrToken: code } },
          await kioskToken(),
        );
        if (!errorCodes(response).includes('NOT_FOUND')) {
          dataOf(response);
          answers.push(clock() - sent);
          return sent;
        }
        retriedCheckIns += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    // Officers of the office, each with a token of her own: the floor is judged per subscriber
    // when she subscribes, and resolved once per live message for all of them.
    // Signed when they subscribe (see kioskToken).
    const officers: Identity[] = Array.from({ length: FLOOR_SUBSCRIBERS }, (_, i) => ({
      sub: randomUUID(),
      kind: 'officer',
      roles: [i % 10 ? 'RECEPTION' : 'SUPERVISOR'],
      officeId,
    }));
    const floorSubject = liveSubjects.officeFloor(officeId);
    const boardSubject = liveSubjects.queueBoard(officeId);
    // When the board's live message reaches the gateway's process: the part of the wait before the gateway.
    let boardMessageAt: number | undefined;
    cleanups.push(await stack.bus.subscribeLive(boardSubject, () => void (boardMessageAt ??= clock())));
    const clients = await forkClients();
    cleanups.push(() => clients.stop());
    const wsUrl = stack.gatewayUrl.replace(/^http/, 'ws');

    interface Phase {
      latencies: number[];
      /** Each check-in's answer to the kiosk. */
      answers: number[];
      /** From each check-in to its board's live message reaching the gateway's process. */
      toGateway: number[];
      /** The board's live executions and the hand-over of their results to the subscribers, mean ms per message. */
      boardExecutionMs: number;
      boardPushMs: number;
      floorLatencies: number[];
      messages: number;
      executions: number;
      floorMessages: number;
      floorExecutions: number;
      /** The gateway's process (gateway, bus, bench driver) and the clients' process: CPU ÷ wall time. */
      gatewayCpu: number;
      clientCpu: number;
    }

    /** One round per check-in: every subscriber's wait for a board and a floor with one more ticket waiting. */
    const phase = async (events: number, mixed: boolean): Promise<Phase> => {
      const before = stack.liveStats();
      const latencies: number[] = [];
      const floorLatencies: number[] = [];
      answers = [];
      const toGateway: number[] = [];
      const [cpu0, clientUsage0, wall0] = [process.cpuUsage(), await clients.usage(), performance.now()];
      let nextCode = mixed ? bookFresh() : undefined;
      for (let e = 0; e < events; e += 1) {
        await clients.call({ op: 'arm', set: 'boards' });
        await clients.call({ op: 'arm', set: 'floors' });
        let sent: number;
        boardMessageAt = undefined;
        if (mixed) {
          const code = await nextCode!;
          sent = await checkInFresh(code);
          if (e + 1 < events) nextCode = bookFresh();
        } else {
          sent = clock();
          await checkIn(codes.pop()!);
          answers.push(clock() - sent);
        }
        const boards = (await clients.call({ op: 'collect', set: 'boards' })).arrivals as number[];
        const floors = (await clients.call({ op: 'collect', set: 'floors' })).arrivals as number[];
        latencies.push(...boards.map((at) => at - sent));
        if (boardMessageAt !== undefined) toGateway.push(boardMessageAt - sent);
        floorLatencies.push(...floors.map((at) => at - sent));
      }
      const wall = performance.now() - wall0;
      const [cpu, clientUsage] = [process.cpuUsage(cpu0), await clients.usage()];
      const after = stack.liveStats();
      const floorBefore = before.subjects[floorSubject];
      const floorAfter = after.subjects[floorSubject];
      const [boardBefore, boardAfter] = [before.subjects[boardSubject], after.subjects[boardSubject]];
      const boardMessages = Math.max(1, (boardAfter?.messages ?? 0) - (boardBefore?.messages ?? 0));
      const cpuOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000 / wall;
      return {
        latencies,
        floorLatencies,
        answers,
        toGateway,
        boardExecutionMs: ((boardAfter?.executionMs ?? 0) - (boardBefore?.executionMs ?? 0)) / boardMessages,
        boardPushMs: ((boardAfter?.pushMs ?? 0) - (boardBefore?.pushMs ?? 0)) / boardMessages,
        messages: after.messages - before.messages,
        executions: after.executions - before.executions,
        floorMessages: (floorAfter?.messages ?? 0) - (floorBefore?.messages ?? 0),
        floorExecutions: (floorAfter?.executions ?? 0) - (floorBefore?.executions ?? 0),
        gatewayCpu: cpuOf(cpu),
        clientCpu: cpuOf({
          user: clientUsage.cpu.user - clientUsage0.cpu.user,
          system: clientUsage.cpu.system - clientUsage0.cpu.system,
        }),
      };
    };

    const measure = async (subscribers: number, floorSubscribers: number, events: number, mixed: boolean) => {
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      const variables = { officeId };
      await clients.call({
        op: 'open',
        set: 'boards',
        url: wsUrl,
        count: subscribers,
        subscription: { query: BOARD, field: 'queueBoardChanged', variables },
      });
      await clients.call({
        op: 'open',
        set: 'floors',
        url: wsUrl,
        count: floorSubscribers,
        subscription: {
          query: FLOOR,
          field: 'officeFloorChanged',
          variables,
          tokens: await Promise.all(officers.slice(0, floorSubscribers).map(tokenOf)),
        },
      });
      global.gc?.();
      const rssPerSubscriber = (process.memoryUsage().rss - rssBefore) / (subscribers + floorSubscribers);
      const floorGroups = stack.liveStats().subjects[floorSubject]?.groups ?? 0;
      const checkInsOnly = await phase(events, false);
      const withBookings = mixed ? await phase(events, true) : undefined;
      await clients.call({ op: 'close', set: 'boards' });
      await clients.call({ op: 'close', set: 'floors' });
      return { floorGroups, rssPerSubscriber, checkInsOnly, withBookings };
    };

    const small = await measure(
      Math.max(1, Math.floor(SUBSCRIBERS / 10)),
      Math.max(1, Math.floor(FLOOR_SUBSCRIBERS / 10)),
      Math.max(1, Math.floor(EVENTS / 2)),
      false,
    );
    // The bare broadcast half before and half after the gateway's rounds: this machine's load
    // drifts, and the two sets of sockets cannot all be open at once at 10,000 (file descriptors).
    const total = SUBSCRIBERS + FLOOR_SUBSCRIBERS;
    const bareBefore = await rawWebSocketBaseline(clients, total, Math.ceil(EVENTS / 2), 600);
    const large = await measure(SUBSCRIBERS, FLOOR_SUBSCRIBERS, EVENTS, MIXED);
    const bareAfter = await rawWebSocketBaseline(clients, total, Math.ceil(EVENTS / 2), 600);
    const baseline = {
      latencies: [...bareBefore.latencies, ...bareAfter.latencies],
      gatewayCpu: (bareBefore.gatewayCpu + bareAfter.gatewayCpu) / 2,
      clientCpu: (bareBefore.clientCpu + bareAfter.clientCpu) / 2,
    };

    console.log(
      `\nbench:fanout — ${SUBSCRIBERS} graphql-ws subscribers on one office's board and ${FLOOR_SUBSCRIBERS} officers ` +
        `on its officeFloorChanged, ${EVENTS} check-ins${MIXED ? `, then ${EVENTS} more each after a fresh booking` : ''}; ` +
        `bus: ${process.env.NATS_URL ? 'NATS' : 'in-process'}; clients in a process of their own\n`,
    );
    const row = (name: string, values: number[], cpu?: string) =>
      console.log(
        `${name.padEnd(52)} p50 ${fmt(percentile(values, 50)).padStart(6)} ms  p99 ${fmt(percentile(values, 99)).padStart(6)} ms  max ${fmt(values.reduce((a, b) => Math.max(a, b), -Infinity)).padStart(6)} ms${cpu ?? ''}`,
      );
    const ratio = (values: number[]) => fmt(percentile(values, 99) / percentile(baseline.latencies, 99), 1);
    const cpu = (p: { gatewayCpu: number; clientCpu: number }) =>
      `   CPU gateway ${fmt(p.gatewayCpu, 2)}, clients ${fmt(p.clientCpu, 2)}`;
    row(`bare ws broadcast to ${SUBSCRIBERS + FLOOR_SUBSCRIBERS} sockets`, baseline.latencies, cpu(baseline));
    const report = (name: string, p: Phase) => {
      row(`${name}: check-in → every board`, p.latencies, cpu(p));
      row(`${name}: check-in → every officer’s floor`, p.floorLatencies);
      row(`${name}: check-in → its answer to the kiosk`, p.answers);
      row(`${name}: check-in → board's live message at gateway`, p.toGateway);
      console.log(
        `${name}: the board's live execution ${fmt(p.boardExecutionMs)} ms, handing its result to the subscribers ${fmt(p.boardPushMs)} ms (mean per message)`,
      );
      console.log(
        `${name}: p99 ÷ bare ws: boards ${ratio(p.latencies)}×, floors ${ratio(p.floorLatencies)}× (target ≤ 2×: ` +
          `${percentile(p.latencies, 99) <= 2 * percentile(baseline.latencies, 99) ? 'met' : 'missed'}); ` +
          `live messages ${p.messages}, executions ${p.executions} (${fmt(p.executions / Math.max(1, p.messages), 2)} per message; ` +
          `floor ${p.floorExecutions} for ${p.floorMessages})`,
      );
    };
    report('check-ins only', large.checkInsOnly);
    if (large.withBookings) {
      report('with bookings', large.withBookings);
      console.log(`check-ins tried again until the counter knew the fresh booking: ${retriedCheckIns}`);
    }
    const s = small.checkInsOnly;
    const l = large.checkInsOnly;
    console.log(
      `resolutions per live message: ${fmt(s.executions / Math.max(1, s.messages), 2)} with ${Math.floor(SUBSCRIBERS / 10)}+${Math.floor(FLOOR_SUBSCRIBERS / 10)} subscribers, ` +
        `${fmt(l.executions / Math.max(1, l.messages), 2)} with ${SUBSCRIBERS}+${FLOOR_SUBSCRIBERS} (executions ${s.executions} / ${l.executions}, messages ${s.messages} / ${l.messages})`,
    );
    console.log(
      `officeFloorChanged: ${large.floorGroups} group(s) for ${FLOOR_SUBSCRIBERS} officers, ` +
        `${l.floorExecutions} executions for ${l.floorMessages} floor messages`,
    );
    console.log(
      `subscriptions opened again after an error first payload or a reset socket: ${(await clients.usage()).retries}`,
    );
    console.log(
      `gateway process RSS per subscriber: ${fmt(large.rssPerSubscriber / 1024, 1)} KiB with ${SUBSCRIBERS + FLOOR_SUBSCRIBERS}, ` +
        `${fmt(small.rssPerSubscriber / 1024, 1)} KiB with ${Math.floor(SUBSCRIBERS / 10) + Math.floor(FLOOR_SUBSCRIBERS / 10)}` +
        (global.gc ? '' : ' (run node with --expose-gc for steadier figures)'),
    );
    process.exitCode =
      l.executions / Math.max(1, l.messages) > s.executions / Math.max(1, s.messages) + 0.5 ||
      l.floorExecutions > l.floorMessages
        ? 1
        : 0;
  } finally {
    await runCleanups(cleanups);
  }
}

/** The subscribers' process (fanout-clients.ts), driven over IPC. */
async function forkClients() {
  const child = fork(join(__dirname, 'fanout-clients.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: BENCH_PROCESS_ENV as NodeJS.ProcessEnv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  let seq = 0;
  child.on('message', (reply: { seq: number } & Record<string, unknown>) => {
    waiting.get(reply.seq)?.(reply);
    waiting.delete(reply.seq);
  });
  await new Promise<void>((resolve) => waiting.set(0, () => resolve()));
  const call = async (command: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const reply = await new Promise<Record<string, unknown>>((resolve) => {
      seq += 1;
      waiting.set(seq, resolve);
      child.send({ ...command, seq });
    });
    if (reply.error) throw new Error(String(reply.error));
    return reply;
  };
  return {
    call,
    usage: async () =>
      (await call({ op: 'usage' })) as unknown as { cpu: NodeJS.CpuUsage; rss: number; retries: number },
    stop: () => stopProcess(child),
  };
}

type Clients = Awaited<ReturnType<typeof forkClients>>;

/** The floor: a bare ws server sending a pre-serialised payload to every socket of the clients' process. */
async function rawWebSocketBaseline(clients: Clients, count: number, events: number, payloadBytes: number) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await clients.call({ op: 'open', set: 'bare', url: `ws://127.0.0.1:${port}`, count });
  while (server.clients.size < count) await new Promise((resolve) => setTimeout(resolve, 10));
  const payload = JSON.stringify({ type: 'next', id: '1', payload: 'x'.repeat(payloadBytes) });
  const latencies: number[] = [];
  const [cpu0, clientUsage0, wall0] = [process.cpuUsage(), await clients.usage(), performance.now()];
  for (let e = 0; e < events; e += 1) {
    await clients.call({ op: 'arm', set: 'bare' });
    const sent = clock();
    for (const client of server.clients) client.send(payload);
    const arrivals = (await clients.call({ op: 'collect', set: 'bare' })).arrivals as number[];
    latencies.push(...arrivals.map((at) => at - sent));
  }
  const wall = performance.now() - wall0;
  const [cpu, clientUsage] = [process.cpuUsage(cpu0), await clients.usage()];
  await clients.call({ op: 'close', set: 'bare' });
  await new Promise((resolve) => server.close(resolve));
  return {
    latencies,
    gatewayCpu: (cpu.user + cpu.system) / 1000 / wall,
    clientCpu:
      (clientUsage.cpu.user - clientUsage0.cpu.user + clientUsage.cpu.system - clientUsage0.cpu.system) / 1000 / wall,
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
