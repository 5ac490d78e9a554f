import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { waitFor } from '@antrian/testing';
import { describeFaults, figure, stopAllStacks, tokens, withFaultStack } from './harness';

const REQUESTS = 24;

/**
 * Scheduling gets SIGTERM while bookings are in flight. Before, it stopped its relay and Apollo
 * first and 1–4 of 16 requests failed, one with its booking saved. Now readiness turns 503, the
 * requests in flight finish, the outbox drains, then the rest stops.
 *
 * To have the requests truly in flight (inside scheduling, each with its booking and event
 * inserted, uncommitted) when the signal comes, the test holds the session row's lock: every
 * booking waits at the seat, as in a rush. It lets go shortly after the SIGTERM.
 */
describeFaults('SIGTERM under load', () => {
  afterAll(() => stopAllStacks());

  it('claim: no request in flight is lost, none fails with its write saved', async () => {
    await withFaultStack(
      {
        label: 'sigterm',
        services: ['scheduling'],
        processEnv: {
          scheduling: {
            LOG_LEVEL: 'info',
            DATABASE_POOL_SIZE: String(REQUESTS + 8),
            // The test holds the lock on purpose, longer than a rush would.
            DATABASE_LOCK_TIMEOUT_MS: '60000',
            DATABASE_STATEMENT_TIMEOUT_MS: '60000',
          },
          gateway: { SUBGRAPH_TIMEOUT_MS: '60000' },
        },
      },
      async (stack) => {
        const office = await stack.client.openOffice({ capacity: REQUESTS, counter: false });
        const attempts = await Promise.all(
          Array.from({ length: REQUESTS }, async () => ({ token: await tokens.applicant(), key: randomUUID() })),
        );
        const scheduling = stack.service('scheduling');

        const holder = new Client({ connectionString: stack.databaseUrl('scheduling') });
        await holder.connect();
        let results: {
          token: string;
          key: ReturnType<typeof randomUUID>;
          response: Awaited<ReturnType<typeof stack.client.book>>['response'];
        }[];
        let exit: Awaited<ReturnType<typeof scheduling.terminate>>;
        let inFlight = 0;
        let seen = 0;
        try {
          await holder.query('BEGIN');
          await holder.query('SELECT id FROM session WHERE id = $1 FOR NO KEY UPDATE', [office.sessionId]);
          const early: unknown[] = [];
          const requests = attempts.map(async (attempt) => {
            const response = (await stack.client.book(office, attempt.token, attempt.key)).response;
            early.push(response);
            return { ...attempt, response };
          });
          inFlight = await waitFor(
            async () => {
              // A connection of its own: inside the holder's transaction the statistics stay as first read.
              const [{ waiting }] = await stack.sql<{ waiting: number }>(
                'scheduling',
                `SELECT count(*)::int AS waiting FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'`,
              );
              seen = Math.max(seen, waiting);
              return waiting >= 16 ? waiting : undefined;
            },
            30_000,
            '16 bookings waiting inside scheduling',
          ).catch((error: Error) => {
            throw new Error(`${error.message} (at most ${seen} seen; answers: ${JSON.stringify(early.slice(0, 2))})`);
          });
          const stopped = scheduling.terminate(20_000);
          await sleep(500);
          await holder.query('ROLLBACK');
          results = await Promise.all(requests);
          exit = await stopped;
        } finally {
          await holder.end();
        }

        const booked = results.filter(({ response }) => response.data?.bookSession?.status === 'BOOKED');
        const failed = results.filter(({ response }) => !response.data?.bookSession);
        figure('sigterm: requests', REQUESTS);
        figure('sigterm: in flight inside scheduling at SIGTERM', inFlight);
        figure('sigterm: answered BOOKED', booked.length);
        figure('sigterm: refused as unavailable', failed.length);
        figure('sigterm: scheduling stopped in', exit.ms, 'ms');
        expect(exit.code).toBe(0);
        for (const { response } of failed) expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        // Every request that was inside scheduling finished.
        expect(booked.length).toBeGreaterThanOrEqual(inFlight);
        const stoppedLine = scheduling.logLines().find((line) => line.msg === 'stopped gracefully');
        expect(stoppedLine).toMatchObject({ requests: 'finished', outboxLeft: 0 });

        // What the database holds: every BOOKED answer, nothing for a refused request.
        const saved = await stack.sql<{ id: string; idempotency_key: string }>(
          'scheduling',
          'SELECT id, idempotency_key FROM booking WHERE session_id = $1',
          [office.sessionId],
        );
        const savedIds = new Set(saved.map((row) => row.id));
        const savedKeys = new Set(saved.map((row) => row.idempotency_key));
        for (const { response } of booked) expect(savedIds.has(response.data!.bookSession.id)).toBe(true);
        for (const { key } of failed) expect(savedKeys.has(key)).toBe(false);
        const [{ unpublished }] = await stack.sql<{ unpublished: string }>(
          'scheduling',
          'SELECT count(*) AS unpublished FROM outbox_event WHERE published_at IS NULL',
        );
        expect(Number(unpublished)).toBe(0);

        // Back up, any refused one is sent again with the same key: each is booked once.
        await scheduling.start();
        for (const { token, key } of failed) {
          const again = await stack.client.book(office, token, key);
          expect(again.response.data?.bookSession.status).toBe('BOOKED');
        }
        const [{ count }] = await stack.sql<{ count: string }>(
          'scheduling',
          `SELECT count(*) FROM booking WHERE session_id = $1 AND status = 'BOOKED'`,
          [office.sessionId],
        );
        expect(Number(count)).toBe(REQUESTS);
      },
    );
  });
});
