import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@antrian/testing';
import { describeFaults, figure, stopAllStacks, withFaultStack } from './harness';

/**
 * NATS `kill -9` in the middle of a stream of bookings, back 10 s later with its data: every
 * booking made (during the outage too, the outboxes hold them) reaches the floor, exactly once.
 */
describeFaults('NATS killed mid-stream and restarted', () => {
  afterAll(() => stopAllStacks());

  it('applies every event once after NATS comes back (claim: no event lost or doubled)', async () => {
    await withFaultStack({ label: 'nats_kill', services: ['scheduling', 'counter'] }, async (stack) => {
      const office = await stack.client.openOffice({ capacity: 200 });
      const booked: string[] = [];
      const book = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const { response } = await stack.client.book(office);
          if (response.data?.bookSession) booked.push(response.data.bookSession.id);
          else throw new Error(JSON.stringify(response.errors));
        }
      };
      await book(10);
      await stack.nats.kill();
      const killedAt = Date.now();
      await book(20); // scheduling goes on serving while NATS is away
      await sleep(Math.max(0, 10_000 - (Date.now() - killedAt)));
      await stack.nats.restart();
      const backAt = Date.now();
      await book(10);

      const copied = await waitFor(
        async () => {
          const [{ count }] = await stack.sql<{ count: string }>(
            'counter',
            `SELECT count(*) FROM booking_copy WHERE office_id = $1`,
            [office.officeId],
          );
          return Number(count) === booked.length ? Number(count) : undefined;
        },
        60_000,
        'every booking on the floor',
      );
      const caughtUpMs = Date.now() - backAt;
      const [{ applied }] = await stack.sql<{ applied: string }>(
        'counter',
        `SELECT count(*) AS applied FROM inbox_event WHERE consumer = 'counter-scheduling-events'`,
      );
      const [{ outbox, unpublished }] = await stack.sql<{ outbox: string; unpublished: string }>(
        'scheduling',
        `SELECT count(*) FILTER (WHERE subject LIKE 'scheduling.%') AS outbox,
                count(*) FILTER (WHERE published_at IS NULL) AS unpublished FROM outbox_event`,
      );
      figure('nats-kill: bookings', booked.length);
      figure('nats-kill: caught up after NATS restart', caughtUpMs, 'ms');
      expect(copied).toBe(40);
      expect(Number(unpublished)).toBe(0);
      // Every event scheduling published is in the floor's inbox once (the inbox key is the event id).
      expect(Number(applied)).toBe(Number(outbox));
    });
  });
});
