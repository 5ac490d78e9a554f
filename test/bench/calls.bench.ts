import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { AccessTokenSigner, Identity, IDENTITY_HEADER } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { devIdentityHeader } from '@antrian/testing';
import {
  benchDatabaseServer,
  fmt,
  percentile,
  runCleanups,
  runConcurrently,
  startSubgraphBehindGateway,
} from './bench-kit';

/**
 * `npm run bench:calls`: K counters (default 20) call at once on a queue of T tickets (default
 * 2,000) until it is empty, straight to the counter subgraph and through the gateway, with the
 * same claim in plain SQL (SELECT … FOR UPDATE SKIP LOCKED, then UPDATE) as the baseline. A call
 * cycle is callNext then markNoShow, which frees the counter for its next call. Fails on any
 * double call, a ticket never called, or an error. Each process's CPU per call cycle (from its
 * /metrics) is reported too: on a machine shared with other work it moves far less than calls/s.
 */
const COUNTERS = Number(process.env.BENCH_COUNTERS ?? 20);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);

const CALL = `mutation ($counterId: ID!) { callNext(counterId: $counterId) { id number } }`;
const RELEASE = `mutation ($ticketId: ID!) { markNoShow(ticketId: $ticketId) { id } }`;

/** From now until it is called, in microseconds of the monotonic clock (V8's CPU profiles use it). */
function monotonicWindow(): () => string {
  const from = process.hrtime.bigint() / 1000n;
  return () => `${from}-${process.hrtime.bigint() / 1000n}`;
}

interface Gql {
  (query: string, variables: Record<string, unknown>, identity: Identity): Promise<Record<string, unknown>>;
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const serverUrl = await benchDatabaseServer(cleanups);
    const { databaseUrl, subgraphUrl, gatewayUrl } = await startSubgraphBehindGateway('counter', serverUrl, cleanups);

    const post = async (
      url: string,
      query: string,
      variables: Record<string, unknown>,
      headers: Record<string, string>,
    ) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data!;
    };
    const direct: Gql = async (query, variables, identity) =>
      post(subgraphUrl, query, variables, { [IDENTITY_HEADER]: await devIdentityHeader(identity, 'counter') });
    const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
    const tokens = new Map<string, string>();
    const viaGateway: Gql = async (query, variables, identity) => {
      if (!tokens.has(identity.sub)) tokens.set(identity.sub, (await signer.sign(identity)).token);
      return post(gatewayUrl, query, variables, { authorization: `Bearer ${tokens.get(identity.sub)}` });
    };

    /**
     * CPU seconds a process has used so far, from its /metrics: CPU per call cycle hardly depends
     * on what else the machine runs, unlike calls/s on this shared 2-core machine.
     */
    const cpuSeconds = async (graphqlUrl: string) => {
      const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
      const value = /^process_cpu_seconds_total(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
      return value === undefined ? NaN : Number(value);
    };
    const cpuOf = async () => ({ counter: await cpuSeconds(subgraphUrl), gateway: await cpuSeconds(gatewayUrl) });

    const pool = new Pool({ connectionString: databaseUrl, max: COUNTERS });
    cleanups.push(() => pool.end());

    /** A fresh office (its copy, as scheduling's event would write it) with T walk-in tickets and K open counters. */
    const prepareOffice = async () => {
      const officeId = randomUUID();
      await pool.query(
        `INSERT INTO office_copy (id, code, name, time_zone, check_in_opens_minutes_before, source_occurred_at)
         VALUES ($1, $2, 'Bench Office', 'Asia/Jakarta', 60, now())`,
        [officeId, `B${randomBytes(3).toString('hex')}`],
      );
      const supervisor: Identity = { sub: randomUUID(), kind: 'officer', roles: ['SUPERVISOR', 'RECEPTION'], officeId };
      await direct(
        `mutation ($officeId: ID!) { setWalkInCap(officeId: $officeId, cap: ${TICKETS}) { officeId } }`,
        { officeId },
        supervisor,
      );
      await runConcurrently(TICKETS, 16, () =>
        direct(`mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { id } }`, { officeId }, supervisor),
      );
      const counters: { id: string; officer: Identity }[] = [];
      for (let i = 0; i < COUNTERS; i += 1) {
        const created = await direct(
          `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
          { input: { officeId, name: `Loket ${i + 1}`, stages: ['RECEPTION'] } },
          supervisor,
        );
        const officer: Identity = { sub: randomUUID(), kind: 'officer', roles: ['RECEPTION'], officeId };
        const id = (created.createCounter as { id: string }).id;
        await direct(`mutation ($id: ID!) { openCounter(counterId: $id) { id } }`, { id }, officer);
        counters.push({ id, officer });
      }
      return { officeId, counters };
    };

    const race = async (name: string, gql: Gql) => {
      const { officeId, counters } = await prepareOffice();
      const called: string[] = [];
      const callTimes: number[] = [];
      const cpuBefore = await cpuOf();
      const raceStart = new Date();
      const window = monotonicWindow();
      const started = performance.now();
      await Promise.all(
        counters.map(async ({ id, officer }) => {
          for (;;) {
            const began = performance.now();
            const ticket = (await gql(CALL, { counterId: id }, officer)).callNext as { id: string } | null;
            callTimes.push(performance.now() - began);
            if (!ticket) return;
            called.push(ticket.id);
            await gql(RELEASE, { ticketId: ticket.id }, officer);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = await cpuOf();
      // The race's window on the monotonic clock of the CPU profiles (profile-summary.ts <folder> <window>).
      if (process.env.BENCH_PROFILE) console.log(`profile window of ${name}: ${window()}`);
      const distinct = new Set(called).size;
      // The relay marks each batch it published with one now(): distinct marks are its batches, each
      // two round trips (read, mark) besides the moves' own.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const relay = await pool.query(
        `SELECT count(*)::int AS events, count(DISTINCT published_at)::int AS batches FROM outbox_event
          WHERE occurred_at >= $1`,
        [raceStart],
      );
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM ticket WHERE office_id = $1 AND status = 'WAITING'`,
        [officeId],
      );
      return {
        name,
        calls: called.length,
        doubles: called.length - distinct,
        left: rows[0].n as number,
        seconds,
        callTimes,
        relayBatchesPerCycle: relay.rows[0].batches / Math.max(1, called.length),
        eventsPerCycle: relay.rows[0].events / Math.max(1, called.length),
        cpuMsPerCycle: {
          counter: ((cpuAfter.counter - cpuBefore.counter) * 1000) / Math.max(1, called.length),
          gateway: ((cpuAfter.gateway - cpuBefore.gateway) * 1000) / Math.max(1, called.length),
        },
      };
    };

    const sqlBaseline = async () => {
      const { officeId } = await prepareOffice();
      let calls = 0;
      const callTimes: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: COUNTERS }, async () => {
          const client = await pool.connect();
          try {
            for (;;) {
              const began = performance.now();
              await client.query('BEGIN');
              const { rows } = await client.query(
                `SELECT id FROM ticket WHERE office_id = $1 AND status = 'WAITING' AND stage = 'RECEPTION'
                  ORDER BY (priority IS NULL), queue_key, queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
                [officeId],
              );
              if (rows.length) await client.query(`UPDATE ticket SET status = 'NO_SHOW' WHERE id = $1`, [rows[0].id]);
              await client.query('COMMIT');
              callTimes.push(performance.now() - began);
              if (!rows.length) return;
              calls += 1;
            }
          } finally {
            client.release();
          }
        }),
      );
      return {
        name: 'plain SQL claim (baseline)',
        calls,
        doubles: 0,
        left: 0,
        seconds: (performance.now() - started) / 1000,
        callTimes,
        relayBatchesPerCycle: null,
        eventsPerCycle: null,
        cpuMsPerCycle: null,
      };
    };

    const results = [
      await sqlBaseline(),
      await race('counter subgraph, direct', direct),
      await race('through the gateway', viaGateway),
    ];
    console.log(
      `\nbench:calls — ${COUNTERS} counters calling at once on ${TICKETS} tickets (call + no-show per cycle)\n`,
    );
    for (const r of results) {
      const cpu = r.cpuMsPerCycle
        ? `  CPU per cycle: counter ${fmt(r.cpuMsPerCycle.counter, 2)} ms, gateway ${fmt(r.cpuMsPerCycle.gateway, 2)} ms;` +
          ` per cycle ${fmt(r.eventsPerCycle!, 2)} events in ${fmt(r.relayBatchesPerCycle!, 2)} relay batches`
        : '';
      console.log(
        `${r.name.padEnd(30)} ${fmt(r.calls / r.seconds, 0).padStart(6)} calls/s  callNext p50 ${fmt(percentile(r.callTimes, 50)).padStart(6)} ms  p99 ${fmt(percentile(r.callTimes, 99)).padStart(6)} ms  calls ${r.calls}  double calls ${r.doubles}  never called ${r.left}${cpu}`,
      );
    }
    const [sql, , viaGw] = results;
    console.log(
      `\ncalls/s, gateway ÷ plain SQL: ${fmt(viaGw.calls / viaGw.seconds / (sql.calls / sql.seconds), 2)}×  (target ≥ 500 calls/s: ${viaGw.calls / viaGw.seconds >= 500 ? 'met' : 'missed'})`,
    );
    const broken = results.filter((r) => r.doubles > 0 || r.left > 0 || r.calls !== TICKETS);
    if (broken.length) console.log(`\nWRONG: ${broken.map((r) => r.name).join(', ')}`);
    process.exitCode = broken.length ? 1 : 0;
  } finally {
    await runCleanups(cleanups);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
