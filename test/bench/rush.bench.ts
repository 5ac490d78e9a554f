import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AccessTokenSigner, Identity, IDENTITY_HEADER } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { OutboxService } from '@antrian/messaging';
import { devIdentityHeader, sessionSlot } from '@antrian/testing';
import { BookingGuards, bookingLimiters } from '../../services/scheduling/src/bookings/booking-guards.service';
import { BookingRepository } from '../../services/scheduling/src/bookings/booking.repository';
import { BookingsService } from '../../services/scheduling/src/bookings/bookings.service';
import { loadSchedulingConfig } from '../../services/scheduling/src/config/scheduling.config';
import { FamilyMemberRepository } from '../../services/scheduling/src/family-members/family-member.repository';
import { PersonFactsRepository } from '../../services/scheduling/src/person-facts/person-facts.repository';
import { schedulingDataSourceOptions } from '../../services/scheduling/src/scheduling-data-source';
import { SessionRepository } from '../../services/scheduling/src/sessions/session.repository';
import {
  benchDatabaseServer,
  cpuSeconds,
  fmt,
  percentile,
  runCleanups,
  runConcurrently,
  startSubgraphBehindGateway,
} from './bench-kit';

/**
 * `npm run bench:rush`: the release-day rush. N applicants try to book one session of capacity
 * C at once, three ways in one run on this machine: the same contended UPDATE in plain SQL (the
 * baseline), straight to the scheduling subgraph, and through the gateway; then through the
 * gateway again while a storm of public availability refreshes runs beside it. Fails when
 * anything is oversold or any error other than SESSION_FULL comes back.
 */
const N = Number(process.env.BENCH_APPLICANTS ?? 2000);
const C = Number(process.env.BENCH_CAPACITY ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const STORM = Number(process.env.BENCH_STORM_CONCURRENCY ?? 16);
/** Above 1: the gateway rush again against that many scheduling processes (docs/benchmarks.md). */
const REPLICAS = Number(process.env.BENCH_SCHEDULING_REPLICAS ?? 1);

type Outcome = 'OK' | 'SESSION_FULL' | string;
type Headers = Record<string, string>;

interface PhaseResult {
  name: string;
  attempts: number;
  seconds: number;
  successes: number;
  soldOut: number;
  others: string[];
  /** Successful bookings per second, over the time until the last success. */
  successRate: number;
  okP50: number;
  okP99: number;
  fullP50: number;
  fullP99: number;
  extra?: string;
  /** CPU milliseconds per answer in the subgraph's processes and in the gateway's, when measured. */
  cpu?: { subgraph: number; gateway: number };
  /** Transactions the subgraph's database committed or rolled back per answer, when measured. */
  transactions?: number;
}

function summarize(name: string, run: Awaited<ReturnType<typeof runConcurrently<Outcome>>>): PhaseResult {
  const ok = run.results.filter((r) => r.value === 'OK');
  const full = run.results.filter((r) => r.value === 'SESSION_FULL');
  const lastSuccess = Math.max(...ok.map((r) => r.endedAt));
  return {
    name,
    attempts: run.results.length,
    seconds: run.seconds,
    successes: ok.length,
    soldOut: full.length,
    others: run.results.filter((r) => r.value !== 'OK' && r.value !== 'SESSION_FULL').map((r) => r.value),
    successRate: ok.length / ((lastSuccess - run.startedAt) / 1000),
    okP50: percentile(
      ok.map((r) => r.ms),
      50,
    ),
    okP99: percentile(
      ok.map((r) => r.ms),
      99,
    ),
    fullP50: percentile(
      full.map((r) => r.ms),
      50,
    ),
    fullP99: percentile(
      full.map((r) => r.ms),
      99,
    ),
  };
}

const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code } }`;

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Headers | Promise<Headers>,
) {
  type Body = { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headers) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  } catch (error) {
    // The overloaded machine may cut a connection: an error of the run, not the end of it.
    return { errors: [{ message: String(error), extensions: { code: 'FETCH_FAILED' } }] } as Body;
  }
}

/**
 * Transactions committed and rolled back so far in the database `pool` reaches (every statement
 * outside a transaction block is one). PostgreSQL publishes the counts of a session when it goes
 * idle, at most once a second: the wait lets the rush's last ones arrive (a few of the bench's own
 * queries count too, which is nothing against N answers).
 */
async function transactions(pool: Pool): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await pool.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await pool.query<{ n: string }>(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(rows[0].n);
}

function outcomeOf(body: Awaited<ReturnType<typeof graphql>>): Outcome {
  if (!body.errors?.length) return 'OK';
  return body.errors[0].extensions?.code === 'SESSION_FULL'
    ? 'SESSION_FULL'
    : `${body.errors[0].extensions?.code}: ${body.errors[0].message}`;
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const serverUrl = await benchDatabaseServer(cleanups);
    const { databaseUrl, subgraphUrl, gatewayUrl, subgraphPid, gatewayPid } = await startSubgraphBehindGateway(
      'scheduling',
      serverUrl,
      cleanups,
    );

    const admin: Identity = { sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null };
    // An identity header is good for one request: a fresh one each time.
    const asAdmin = async () => ({ [IDENTITY_HEADER]: await devIdentityHeader(admin, 'scheduling') });
    /** An office on the subgraph at `url`, and a way to add a session of capacity C to it. */
    const openOffice = async (url: string) => {
      const office = await graphql(
        url,
        `
          mutation {
            createOffice(input: { code: "RUSH", name: "Rush Office", timeZone: "Asia/Jakarta" }) {
              id
            }
          }
        `,
        {},
        asAdmin(),
      );
      const id = (office.data!.createOffice as { id: string }).id;
      let minute = 0;
      const newSession = async () => {
        minute += 1;
        const { startsAt, endsAt } = sessionSlot(
          'Asia/Jakarta',
          new Date(Date.now() + 3 * 86_400_000),
          3_600_000,
          minute,
        );
        const added = await graphql(
          url,
          `
            mutation ($input: AddSessionInput!) {
              addSession(input: $input) {
                id
              }
            }
          `,
          { input: { officeId: id, startsAt, endsAt, capacity: C } },
          asAdmin(),
        );
        return (added.data!.addSession as { id: string }).id;
      };
      return { id, newSession };
    };
    const { id: officeId, newSession } = await openOffice(subgraphUrl);

    const pool = new Pool({ connectionString: databaseUrl, max: 20 });
    cleanups.push(() => pool.end());
    const verify = async (name: string, sessionId: string, withBookings: boolean, on: Pool = pool) => {
      const { rows } = await on.query(
        `SELECT s.booked, (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'BOOKED')::int AS bookings
           FROM session s WHERE s.id = $1`,
        [sessionId],
      );
      const { booked, bookings } = rows[0] as { booked: number; bookings: number };
      const oversold = booked > C || (withBookings && bookings !== booked);
      if (oversold) throw new Error(`${name}: OVERSOLD (booked ${booked}, bookings ${bookings}, capacity ${C})`);
      return booked;
    };

    const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
    const applicants: Identity[] = Array.from({ length: N }, () => ({
      sub: randomUUID(),
      kind: 'applicant',
      roles: [],
      officeId: null,
    }));
    const tokens = await Promise.all(applicants.map(async (a) => (await signer.sign(a)).token));
    const warm = async (
      url: string,
      headersFor: (i: number) => Headers | Promise<Headers>,
      openSession: () => Promise<string> = newSession,
    ) => {
      const sessionId = await openSession();
      await runConcurrently(200, CONCURRENCY, (i) =>
        graphql(
          url,
          BOOK,
          { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey: `warm-${i}` } },
          headersFor(i % N),
        ),
      );
    };

    const results: PhaseResult[] = [];

    // 1. Baseline: the contended UPDATE alone, in plain SQL.
    {
      const sessionId = await newSession();
      const run = await runConcurrently<Outcome>(N, CONCURRENCY, async () => {
        const result = await pool.query(`UPDATE session SET booked = booked + 1 WHERE id = $1 AND booked < capacity`, [
          sessionId,
        ]);
        return result.rowCount === 1 ? 'OK' : 'SESSION_FULL';
      });
      results.push(summarize('plain SQL UPDATE (baseline)', run));
      await verify('plain SQL', sessionId, false);
    }

    const direct = async (i: number) => ({ [IDENTITY_HEADER]: await devIdentityHeader(applicants[i], 'scheduling') });
    const bearer = (i: number) => ({ authorization: `Bearer ${tokens[i]}` });
    const rush = async (
      name: string,
      url: string,
      headersFor: (i: number) => Headers | Promise<Headers>,
      stack: { newSession: () => Promise<string>; pool: Pool; pids: [number, number] } = {
        newSession,
        pool,
        pids: [subgraphPid, gatewayPid],
      },
    ) => {
      const sessionId = await stack.newSession();
      const transactionsBefore = await transactions(stack.pool);
      const cpuBefore = stack.pids.map(cpuSeconds);
      const run = await runConcurrently<Outcome>(N, CONCURRENCY, async (i) =>
        outcomeOf(
          await graphql(
            url,
            BOOK,
            { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
            headersFor(i),
          ),
        ),
      );
      const result = summarize(name, run);
      const [subgraphCpu, gatewayCpu] = stack.pids.map((pid, i) => cpuSeconds(pid) - cpuBefore[i]);
      result.cpu = { subgraph: (1000 * subgraphCpu) / N, gateway: (1000 * gatewayCpu) / N };
      result.transactions = ((await transactions(stack.pool)) - transactionsBefore) / N;
      await verify(name, sessionId, true, stack.pool);
      // The same applicants book again in the next phase: free them.
      await stack.pool.query(`UPDATE booking SET status = 'CANCELLED' WHERE session_id = $1`, [sessionId]);
      return result;
    };

    await warm(subgraphUrl, direct);
    await pool.query(`UPDATE booking SET status = 'CANCELLED'`);
    results.push(await rush('scheduling subgraph, direct', subgraphUrl, direct));
    await warm(gatewayUrl, bearer);
    await pool.query(`UPDATE booking SET status = 'CANCELLED'`);
    results.push(await rush('through the gateway', gatewayUrl, bearer));

    // 4. The same rush while the public refreshes availability as fast as it can.
    {
      let storming = true;
      let refreshes = 0;
      let failedRefreshes = 0;
      const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const storm = Promise.all(
        Array.from({ length: STORM }, async () => {
          while (storming) {
            const refreshed = await graphql(
              gatewayUrl,
              `
                query ($id: ID!, $from: Date!, $to: Date!) {
                  office(id: $id) {
                    availability(from: $from, to: $to) {
                      date
                      sessions {
                        id
                        remaining
                      }
                    }
                  }
                }
              `,
              { id: officeId, from, to },
              {},
            );
            if (refreshed.errors?.[0]?.extensions?.code === 'FETCH_FAILED') failedRefreshes += 1;
            else refreshes += 1;
          }
        }),
      );
      const started = performance.now();
      const result = await rush('through the gateway + availability storm', gatewayUrl, bearer);
      const seconds = (performance.now() - started) / 1000;
      storming = false;
      await storm;
      result.extra = `${refreshes} availability refreshes (${fmt(refreshes / seconds, 0)}/s) ran beside it${failedRefreshes ? `, ${failedRefreshes} failed to connect` : ''}`;
      results.push(result);
    }

    // 5. Optionally: the same rush against REPLICAS scheduling processes on one port, between two
    // more rushes against the one process, each stack with its own database and gateway and the
    // same connections to PostgreSQL in all (20).
    const replicaResults: PhaseResult[] = [];
    if (REPLICAS > 1) {
      const replicated = await startSubgraphBehindGateway('scheduling', serverUrl, cleanups, {
        replicas: REPLICAS,
        poolSize: Math.ceil(20 / REPLICAS),
      });
      const replicatedPool = new Pool({ connectionString: replicated.databaseUrl, max: 5 });
      cleanups.push(() => replicatedPool.end());
      const { newSession: replicatedSession } = await openOffice(replicated.subgraphUrl);
      const stack = {
        newSession: replicatedSession,
        pool: replicatedPool,
        pids: [replicated.subgraphPid, replicated.gatewayPid] as [number, number],
      };
      await warm(replicated.gatewayUrl, bearer, replicatedSession);
      await replicatedPool.query(`UPDATE booking SET status = 'CANCELLED'`);
      await pool.query(`UPDATE booking SET status = 'CANCELLED'`);
      replicaResults.push(await rush('through the gateway, 1 scheduling process', gatewayUrl, bearer));
      replicaResults.push(
        await rush(`through the gateway, ${REPLICAS} scheduling processes`, replicated.gatewayUrl, bearer, stack),
      );
      replicaResults.push(await rush('through the gateway, 1 scheduling process, again', gatewayUrl, bearer));
      replicaResults.push(
        await rush(
          `through the gateway, ${REPLICAS} scheduling processes, again`,
          replicated.gatewayUrl,
          bearer,
          stack,
        ),
      );
    }

    console.log(`\nbench:rush — ${N} applicants, one session of capacity ${C}, ${CONCURRENCY} in flight\n`);
    console.log(
      [
        'phase'.padEnd(44),
        'attempts/s',
        'ok',
        'full',
        'ok/s',
        'ok p50',
        'ok p99',
        'full p50',
        'full p99',
        'CPU ms/answer: subgraph + gateway',
        'db transactions/answer',
      ].join('  '),
    );
    for (const r of [...results, ...replicaResults]) {
      console.log(
        [
          r.name.padEnd(44),
          fmt(r.attempts / r.seconds, 0).padStart(10),
          String(r.successes).padStart(3),
          String(r.soldOut).padStart(4),
          fmt(r.successRate, 0).padStart(4),
          `${fmt(r.okP50)}ms`.padStart(6),
          `${fmt(r.okP99)}ms`.padStart(6),
          `${fmt(r.fullP50)}ms`.padStart(8),
          `${fmt(r.fullP99)}ms`.padStart(8),
          (r.cpu ? `${fmt(r.cpu.subgraph, 2)} + ${fmt(r.cpu.gateway, 2)}` : '').padEnd(33),
          r.transactions === undefined ? '' : fmt(r.transactions, 2).padStart(22),
        ].join('  '),
      );
      if (r.extra) console.log(`  ${r.extra}`);
    }
    // 5. Cost without queueing: one request at a time, a success against a sold-out refusal.
    const sequential = async (sessionId: string, count: number, from: number) => {
      const run = await runConcurrently<Outcome>(count, 1, async (i) =>
        outcomeOf(
          await graphql(
            gatewayUrl,
            BOOK,
            { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
            bearer(from + i),
          ),
        ),
      );
      return run.results;
    };
    await pool.query(`UPDATE booking SET status = 'CANCELLED'`);
    const probe = Math.min(200, Math.floor(N / 2));
    const spacious = await newSession();
    await pool.query(`UPDATE session SET capacity = $2 WHERE id = $1`, [spacious, probe]);
    const successes = await sequential(spacious, probe, 0);
    const full = await newSession();
    await pool.query(`UPDATE session SET booked = capacity WHERE id = $1`, [full]);
    const refusals = await sequential(full, probe, probe);
    const successCost = percentile(
      successes.filter((r) => r.value === 'OK').map((r) => r.ms),
      50,
    );
    const refusalCost = percentile(
      refusals.filter((r) => r.value === 'SESSION_FULL').map((r) => r.ms),
      50,
    );
    // The floor of any request to this subgraph through the gateway: the same mutation with a
    // malformed session id, refused by the subgraph's input guard before any domain work (both
    // HTTP hops, both GraphQL pipelines, the identity header signed, checked and recorded).
    const malformed = await runConcurrently<Outcome>(probe, 1, async (i) =>
      outcomeOf(
        await graphql(
          gatewayUrl,
          BOOK,
          { input: { sessionId: 'not-a-session', service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
          bearer(i),
        ),
      ),
    );
    const floorCost = percentile(
      malformed.results.filter((r) => r.value.startsWith('BAD_USER_INPUT:')).map((r) => r.ms),
      50,
    );
    console.log(
      `\none request at a time through the gateway: success p50 ${fmt(successCost, 2)}ms, sold-out p50 ${fmt(refusalCost, 2)}ms, ` +
        `malformed id (the floor: no domain work) p50 ${fmt(floorCost, 2)}ms`,
    );
    console.log(
      `  above that floor: a success ${fmt(successCost - floorCost, 2)}ms, a sold-out refusal ${fmt(refusalCost - floorCost, 2)}ms`,
    );

    // 6. The booking service itself, without HTTP and GraphQL: what a refusal saves at the database.
    const dataSource = new DataSource(
      schedulingDataSourceOptions({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 4 }),
    );
    await dataSource.initialize();
    cleanups.push(() => dataSource.destroy());
    const config = loadSchedulingConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl });
    const service = new BookingsService(
      dataSource,
      config,
      new BookingRepository(dataSource),
      new SessionRepository(dataSource),
      new FamilyMemberRepository(dataSource),
      new OutboxService(),
      new BookingGuards(
        bookingLimiters.perAddress.useFactory(dataSource, config),
        bookingLimiters.codeLookups.useFactory(dataSource, config),
        new PersonFactsRepository(dataSource),
      ),
    );
    await pool.query(`UPDATE booking SET status = 'CANCELLED'`);
    const timeService = async (sessionId: string, from: number, expected: Outcome) => {
      const times: number[] = [];
      for (let i = 0; i < probe; i += 1) {
        const began = performance.now();
        const outcome = await service
          .book(applicants[from + i], { sessionId, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() })
          .then(
            () => 'OK',
            (error: { extensions?: { code?: string } }) => error.extensions?.code ?? String(error),
          );
        if (outcome === expected) times.push(performance.now() - began);
      }
      return percentile(times, 50);
    };
    const roomy = await newSession();
    await pool.query(`UPDATE session SET capacity = $2 WHERE id = $1`, [roomy, probe]);
    const serviceSuccess = await timeService(roomy, 0, 'OK');
    const serviceRefusal = await timeService(full, probe, 'SESSION_FULL');
    const serviceRatio = serviceSuccess / serviceRefusal;
    console.log(
      `one booking at a time in the booking service: success p50 ${fmt(serviceSuccess, 2)}ms, sold-out p50 ${fmt(serviceRefusal, 2)}ms`,
    );

    const [sql, , viaGateway, storm] = results;
    const rateRatio = viaGateway.successRate / sql.successRate;
    const soldOutCheaper = successCost / refusalCost;
    const stormRatio = storm.successRate / viaGateway.successRate;
    const answersRatio = viaGateway.attempts / viaGateway.seconds / (sql.attempts / sql.seconds);
    console.log(
      `\nanswers/s (bookings and sold-out refusals), gateway ÷ plain SQL: ${fmt(answersRatio, 2)}× (target ≥ 0.3×)`,
    );
    console.log(`successful bookings/s, gateway ÷ plain SQL: ${fmt(rateRatio, 2)}× (reported)`);
    console.log(
      `sold-out refusal cost, success ÷ sold-out, one at a time (gateway): ${fmt(soldOutCheaper, 1)}× (target ≥ 5×)`,
    );
    console.log(`  the same in the booking service alone (its SQL and rules, no HTTP): ${fmt(serviceRatio, 1)}×`);
    console.log(
      `  under the rush (queueing included), success p50 ÷ sold-out p50: ${fmt(viaGateway.okP50 / viaGateway.fullP50, 1)}×`,
    );
    console.log(`successful bookings/s during the availability storm ÷ without: ${fmt(stormRatio, 2)}×`);

    if (replicaResults.length) {
      const mean = (rs: PhaseResult[], f: (r: PhaseResult) => number) =>
        rs.reduce((sum, r) => sum + f(r), 0) / rs.length;
      const [one, many] = [replicaResults.filter((_, i) => i % 2 === 0), replicaResults.filter((_, i) => i % 2 === 1)];
      const answers = (rs: PhaseResult[]) => mean(rs, (r) => r.attempts / r.seconds);
      const oks = (rs: PhaseResult[]) => mean(rs, (r) => r.successRate);
      console.log(
        `${REPLICAS} scheduling processes ÷ 1 (two rushes each, alternating): answers/s ${fmt(answers(many) / answers(one), 2)}×` +
          ` (${fmt(answers(many), 0)} ÷ ${fmt(answers(one), 0)}), successful bookings/s ${fmt(oks(many) / oks(one), 2)}×` +
          ` (${fmt(oks(many), 0)} ÷ ${fmt(oks(one), 0)}), plain SQL ${fmt(results[0].attempts / results[0].seconds, 0)} attempts/s`,
      );
    }

    const errors = [...results, ...replicaResults].flatMap((r) => r.others.map((o) => `${r.name}: ${o}`));
    const wrongCounts = [...results, ...replicaResults].filter((r) => r.successes !== C);
    if (errors.length)
      console.log(`\nerrors other than SESSION_FULL:\n  ${[...new Set(errors)].slice(0, 10).join('\n  ')}`);
    if (wrongCounts.length)
      console.log(`\nphases that did not sell exactly ${C}: ${wrongCounts.map((r) => r.name).join(', ')}`);
    process.exitCode = errors.length || wrongCounts.length ? 1 : 0;
  } finally {
    await runCleanups(cleanups);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
