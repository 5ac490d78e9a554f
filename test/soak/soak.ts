import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { tmpdir } from 'node:os';

/**
 * `npm run soak` (not in CI, not in `npm test`): the whole system as production runs it (each
 * subgraph and the gateway its own process, a NATS server of its own, PostgreSQL at DATABASE_URL)
 * under SOAK_MINUTES (default 10) of mixed traffic: bookings, cancellations, check-ins, calls
 * (callNext, then markNoShow) and SOAK_SUBSCRIBERS (default 500) queue-board subscribers. Every
 * SOAK_SAMPLE_SECONDS it samples each process's RSS and the outbox and inbox sizes; at the end it
 * prints the errors, the RSS growth after the warm-up (the first fifth of the run) and the table
 * sizes, and writes them to `<run dir>/soak.json`.
 */
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const SUBSCRIBERS = Number(process.env.SOAK_SUBSCRIBERS ?? 500);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 20);
/** Bookings per second the traffic aims at (each later cancelled or checked in). */
const BOOKINGS_PER_SECOND = Number(process.env.SOAK_BOOKINGS_PER_SECOND ?? 4);

const BOARD = `subscription ($officeId: ID!) { queueBoardChanged(officeId: $officeId) { officeId updatedAt queues { stage waiting } } }`;

interface Sample {
  atSeconds: number;
  rssMb: Record<string, number>;
  outbox: Record<string, number>;
  unpublished: Record<string, number>;
  inbox: Record<string, number>;
  boardPayloads: number;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

async function main(): Promise<void> {
  // A folder of its own: a fault run's global setup clears (and kills) what is in its folder.
  process.env.FAULTS_DIR ??= join(tmpdir(), 'antrian-soak');
  const { FaultStack } = await import('../faults/harness/fault-stack');
  const { tokens } = await import('../faults/harness/fault-client');
  const started = Date.now();
  const stack = await FaultStack.start({ label: 'soak', logLevel: 'warn' });
  const errors = new Map<string, number>();
  const counts = { bookings: 0, cancellations: 0, checkIns: 0, calls: 0 };
  const error = (what: string, detail: unknown) => {
    const key = `${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`.slice(0, 200);
    errors.set(key, (errors.get(key) ?? 0) + 1);
  };
  const clients: Client[] = [];
  let boardPayloads = 0;
  try {
    console.log(`soak: stack up in ${Math.round((Date.now() - started) / 1000)} s; run folder ${stack.runDir}`);
    // The floor's office has its session in 30 minutes (check-in open); cancellations are made
    // in another office's session two days ahead (a session about to start cannot be cancelled).
    const office = await stack.client.openOffice({ capacity: 3000 });
    const ahead = await stack.client.openOffice({ capacity: 3000, startsInMinutes: 2 * 24 * 60, counter: false });

    // Counters for the calls: two reception counters, each with its officer.
    const counters: { id: string; officer: string }[] = [];
    for (const name of ['Loket 1', 'Loket 2']) {
      const { createCounter } = await stack.client.ok<{ createCounter: { id: string } }>(
        `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
        { input: { officeId: office.officeId, name, stages: ['RECEPTION'] } },
        office.supervisor,
      );
      const officer = await tokens.officer(office.officeId, ['RECEPTION']);
      await stack.client.ok(
        `mutation ($id: ID!) { openCounter(counterId: $id) { id } }`,
        { id: createCounter.id },
        officer,
      );
      counters.push({ id: createCounter.id, officer });
    }

    const wsUrl = stack.gatewayUrl.replace(/^http/, 'ws');
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: Infinity, lazy: false });
      clients.push(client);
      client.subscribe(
        { query: BOARD, variables: { officeId: office.officeId } },
        {
          next: () => void boardPayloads++,
          error: (e) => error('board subscription', e instanceof Error ? e.message : e),
          complete: () => undefined,
        },
      );
      if (i % 50 === 49) await sleep(200);
    }
    console.log(`soak: ${SUBSCRIBERS} board subscribers; traffic for ${MINUTES} min`);

    const deadline = Date.now() + MINUTES * 60_000;
    const samples: Sample[] = [];
    const sample = async () => {
      const sizes = async (service: 'identity' | 'scheduling' | 'counter') => {
        const [row] = await stack.sql<{ outbox: number; unpublished: number; inbox: number }>(
          service,
          `SELECT (SELECT count(*)::int FROM outbox_event) AS outbox,
                  (SELECT count(*)::int FROM outbox_event WHERE published_at IS NULL) AS unpublished,
                  (SELECT count(*)::int FROM inbox_event) AS inbox`,
        );
        return row;
      };
      const services = ['identity', 'scheduling', 'counter'] as const;
      const tables = await Promise.all(services.map(sizes));
      const entry: Sample = {
        atSeconds: Math.round((Date.now() - (deadline - MINUTES * 60_000)) / 1000),
        rssMb: {
          ...Object.fromEntries(services.map((s) => [s, rssMb(stack.service(s).pid)])),
          gateway: rssMb(stack.gateway?.pid),
          nats: rssMb(stack.nats.process.pid),
        },
        outbox: Object.fromEntries(services.map((s, i) => [s, tables[i].outbox])),
        unpublished: Object.fromEntries(services.map((s, i) => [s, tables[i].unpublished])),
        inbox: Object.fromEntries(services.map((s, i) => [s, tables[i].inbox])),
        boardPayloads,
      };
      samples.push(entry);
      console.log(`soak: ${JSON.stringify(entry)}`);
    };

    // Applicants book; one in five cancels; the others are checked in once the floor knows them.
    const toCheckIn: { code: string; at: number }[] = [];
    const bookOne = async () => {
      counts.bookings++;
      const cancelling = counts.bookings % 5 === 0;
      const { token, response } = await stack.client.book(cancelling ? ahead : office);
      const booking = response.data?.bookSession;
      if (!booking) return error('bookSession', response.errors?.[0]?.extensions?.code ?? response.errors);
      if (!cancelling) return void toCheckIn.push({ code: booking.code, at: Date.now() + 2000 });
      const cancelled = await stack.client.cancel(booking.id, token);
      if (cancelled.errors) error('cancelBooking', cancelled.errors[0]?.extensions?.code);
      else counts.cancellations++;
    };
    const checkInDue = async () => {
      while (toCheckIn.length && toCheckIn[0].at <= Date.now()) {
        const { code } = toCheckIn.shift()!;
        const response = await stack.client.checkIn(office, code);
        if (response.errors) error('checkIn', response.errors[0]?.extensions?.code);
        else counts.checkIns++;
      }
    };
    const callOnce = async ({ id, officer }: { id: string; officer: string }) => {
      const called = await stack.client.gql<{ callNext: { id: string } | null }>(
        `mutation ($counterId: ID!) { callNext(counterId: $counterId) { id } }`,
        { counterId: id },
        officer,
      );
      if (called.errors) return error('callNext', called.errors[0]?.extensions?.code);
      if (!called.data?.callNext) return;
      counts.calls++;
      const released = await stack.client.gql(
        `mutation ($ticketId: ID!) { markNoShow(ticketId: $ticketId) { id } }`,
        { ticketId: called.data.callNext.id },
        officer,
      );
      if (released.errors) error('markNoShow', released.errors[0]?.extensions?.code);
    };

    let nextSample = Date.now();
    let lastCall = Date.now();
    while (Date.now() < deadline) {
      const tickStarted = Date.now();
      await Promise.all(
        Array.from({ length: BOOKINGS_PER_SECOND }, () => bookOne().catch((e: Error) => error('book', e.message))),
      );
      await checkInDue().catch((e: Error) => error('checkIn', e.message));
      if (Date.now() - lastCall >= 3000) {
        lastCall = Date.now();
        await Promise.all(counters.map((counter) => callOnce(counter).catch((e: Error) => error('call', e.message))));
      }
      if (Date.now() >= nextSample) {
        nextSample += SAMPLE_SECONDS * 1000;
        await sample().catch((e: Error) => error('sample', e.message));
      }
      await sleep(Math.max(0, 1000 - (Date.now() - tickStarted)));
    }
    await sleep(3000);
    await sample();

    const warmUp = samples.filter((s) => s.atSeconds >= MINUTES * 12 && s.atSeconds <= MINUTES * 18);
    const end = samples.slice(-3);
    const growth = Object.fromEntries(
      Object.keys(samples[0].rssMb).map((name) => {
        const before = mean((warmUp.length ? warmUp : samples.slice(0, 3)).map((s) => s.rssMb[name]));
        const after = mean(end.map((s) => s.rssMb[name]));
        return [
          name,
          {
            afterWarmUpMb: Math.round(before),
            endMb: Math.round(after),
            growthPercent: Math.round(((after - before) / before) * 1000) / 10,
          },
        ];
      }),
    );
    const report = {
      minutes: MINUTES,
      subscribers: SUBSCRIBERS,
      counts,
      boardPayloads,
      errors: Object.fromEntries(errors),
      rss: growth,
      last: samples[samples.length - 1],
      samples,
    };
    writeFileSync(join(stack.runDir, 'soak.json'), JSON.stringify(report, null, 2));
    console.log('\nsoak: counts', counts, 'board payloads', boardPayloads);
    console.log('soak: errors', report.errors);
    console.log('soak: RSS after warm-up → end (MB, growth %)');
    for (const [name, value] of Object.entries(growth))
      console.log(`  ${name.padEnd(11)} ${value.afterWarmUpMb} → ${value.endMb} (${value.growthPercent} %)`);
    console.log('soak: last sample', JSON.stringify(report.last));
    console.log(`soak: report in ${join(stack.runDir, 'soak.json')}`);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('soak failed:', error);
    process.exit(1);
  },
);
