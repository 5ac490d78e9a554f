import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from 'nats';
import { waitFor } from '@antrian/testing';
import { describeFaults, eventsCommand, figure, stopAllStacks, withFaultStack } from './harness';

const encoder = new TextEncoder();

/**
 * A thousand poison events (a malformed booking id: fails the same way every time) and one of a
 * version the floor does not know, in the middle of real bookings: nothing stalls, every poison
 * event is in the dead-letter table after one delivery, logged once; the unknown version is parked,
 * not lost. Then an event that fails for a while (its table is away) is dead-lettered on its last
 * delivery and, once the cause is fixed, `events:replay-dead-letters` applies it.
 */
describeFaults('poison events and an unknown version', () => {
  afterAll(() => stopAllStacks());

  it('stalls nothing and loses nothing; the dead letter replays', async () => {
    const fast = {
      EVENT_MAX_DELIVER: '3',
      EVENT_BACKOFF_MS: '200,400',
      DEAD_LETTER_REPLAY_POLL_SECONDS: '1',
      LOG_LEVEL: 'info',
    };
    await withFaultStack(
      { label: 'poison', services: ['scheduling', 'counter'], processEnv: { counter: fast } },
      async (stack) => {
        const office = await stack.client.openOffice({ capacity: 200 });
        const nc: NatsConnection = await connect({ servers: stack.nats.url });
        try {
          const js = nc.jetstream();
          const envelope = (subject: string, version: number, payload: unknown) => ({
            id: randomUUID(),
            subject,
            version,
            occurredAt: new Date().toISOString(),
            payload,
          });
          const publish = (event: ReturnType<typeof envelope>) =>
            js.publish(event.subject, encoder.encode(JSON.stringify(event)), { msgID: event.id });

          const started = Date.now();
          const poison = [];
          for (let i = 0; i < 1000; i++) {
            poison.push(
              publish(
                envelope('scheduling.booking.cancelled', 2, {
                  bookingId: `not-a-uuid-${i}`,
                  officeId: office.officeId,
                  sessionId: office.sessionId,
                  bookingVersion: 2,
                }),
              ),
            );
          }
          await Promise.all(poison);
          const unknown = envelope('scheduling.booking.created', 9, {
            bookingId: randomUUID(),
            shape: 'from the future',
          });
          await publish(unknown);
          for (let i = 0; i < 20; i++) await stack.client.book(office);

          const copies = async () =>
            Number(
              (
                await stack.sql<{ n: string }>(
                  'counter',
                  'SELECT count(*) AS n FROM booking_copy WHERE office_id = $1',
                  [office.officeId],
                )
              )[0].n,
            );
          await waitFor(async () => ((await copies()) === 20 ? true : undefined), 120_000, 'the real bookings');
          const throughMs = Date.now() - started;
          const letters = async () =>
            (
              await stack.sql<{ reason: string; n: string; attempts: string }>(
                'counter',
                `SELECT reason, count(*) AS n, max(attempts) AS attempts FROM dead_letter_event
                  WHERE resolved_at IS NULL GROUP BY reason ORDER BY reason`,
              )
            ).map((row) => ({ reason: row.reason, n: Number(row.n), attempts: Number(row.attempts) }));
          await waitFor(
            async () => ((await letters()).find((row) => row.reason === 'failed')?.n === 1000 ? true : undefined),
            60_000,
            'every poison event dead-lettered',
          );
          expect(await letters()).toEqual([
            { reason: 'failed', n: 1000, attempts: 1 },
            { reason: 'unknown_version', n: 1, attempts: 1 },
          ]);
          const lines = stack.service('counter').logLines();
          const warnings = lines.filter((line) => line.level === 40).length;
          const deadLettered = lines.filter((line) => String(line.msg).startsWith('event dead-lettered')).length;
          figure('poison: 1000 poison events + 20 bookings through the floor', throughMs, 'ms');
          figure('poison: warning lines in the counter log', warnings);
          figure('poison: dead-letter error lines (one per event)', deadLettered);
          expect(deadLettered).toBe(1000);
          expect(warnings).toBeLessThan(20);

          // A failure that lasts (the copy's table is away): retried with backoff, dead-lettered on the last delivery.
          await stack.sql('counter', 'ALTER TABLE booking_copy RENAME TO booking_copy_away');
          const { response } = await stack.client.book(office);
          const bookingId = response.data!.bookSession.id;
          await waitFor(
            async () =>
              (
                await stack.sql(
                  'counter',
                  `SELECT 1 FROM dead_letter_event WHERE envelope->'payload'->>'bookingId' = $1`,
                  [bookingId],
                )
              ).length === 1
                ? true
                : undefined,
            60_000,
            'the booking dead-lettered after its last delivery',
          );
          await stack.sql('counter', 'ALTER TABLE booking_copy_away RENAME TO booking_copy');
          const replayStarted = Date.now();
          await eventsCommand('replay-dead-letters', [
            '--service',
            'counter',
            '--consumer',
            'counter-scheduling-events',
            '--database-url',
            stack.databaseUrl('counter'),
          ]);
          await waitFor(async () => ((await copies()) === 21 ? true : undefined), 30_000, 'the replayed booking');
          figure('poison: dead letter replayed after the command', Date.now() - replayStarted, 'ms');
          // The malformed ones failed again (still malformed) and stay open; the unknown version stays parked.
          const open = await letters();
          expect(open.find((row) => row.reason === 'unknown_version')?.n).toBe(1);
        } finally {
          await nc.close();
        }
      },
    );
  });
});
