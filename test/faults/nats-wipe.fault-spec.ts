import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@antrian/testing';
import { describeFaults, eventsCommand, figure, stopAllStacks, withFaultStack } from './harness';

/**
 * NATS comes back without its data directory: the events it held for a consumer that had not
 * taken them yet are gone. `npm run events:republish` from a point in time sends them again from
 * scheduling's outbox (kept for its retention window); the inboxes make the repeats harmless.
 */
describeFaults('NATS restarted without its data', () => {
  afterAll(() => stopAllStacks());

  it('republish restores every consumer (claim: nothing lost once republished, nothing doubled)', async () => {
    await withFaultStack({ label: 'nats_wipe', services: ['scheduling', 'counter'] }, async (stack) => {
      const office = await stack.client.openOffice({ capacity: 100 });
      const since = new Date(Date.now() - 1000);
      for (let i = 0; i < 5; i++) await stack.client.book(office);
      const countCopies = async () =>
        Number(
          (
            await stack.sql<{ n: string }>('counter', 'SELECT count(*) AS n FROM booking_copy WHERE office_id = $1', [
              office.officeId,
            ])
          )[0].n,
        );
      await waitFor(async () => ((await countCopies()) === 5 ? true : undefined), 60_000, 'the first bookings');

      // The floor's process is away while bookings go on; NATS then loses its disk.
      await stack.service('counter').kill();
      const ids: string[] = [];
      for (let i = 0; i < 15; i++) {
        const { response } = await stack.client.book(office);
        ids.push(response.data!.bookSession.id);
      }
      await waitFor(
        async () =>
          Number(
            (
              await stack.sql<{ n: string }>(
                'scheduling',
                'SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL',
              )
            )[0].n,
          ) === 0
            ? true
            : undefined,
        30_000,
        'scheduling to publish them',
      );
      await stack.nats.restart({ wipeData: true });
      await stack.service('counter').start();
      // Whatever the floor's consumer gets now, those 15 are not among it: they were lost with the disk.
      await sleep(5000);
      const beforeRepublish = await countCopies();

      const started = Date.now();
      const output = await eventsCommand('republish', [
        '--service',
        'scheduling',
        '--since',
        since.toISOString(),
        '--database-url',
        stack.databaseUrl('scheduling'),
      ]);
      await waitFor(
        async () => ((await countCopies()) === 20 ? true : undefined),
        60_000,
        'every booking on the floor',
      );
      const restoredMs = Date.now() - started;
      const [{ doubled }] = await stack.sql<{ doubled: string }>(
        'counter',
        `SELECT count(*) AS doubled FROM (SELECT event_id FROM inbox_event GROUP BY consumer, event_id HAVING count(*) > 1) d`,
      );
      figure('nats-wipe: bookings lost with the disk before republish', 20 - beforeRepublish);
      figure('nats-wipe: restored after the republish command', restoredMs, 'ms');
      expect(beforeRepublish).toBe(5);
      expect(output).toMatch(/event\(s\) since/);
      expect(Number(doubled)).toBe(0);
    });
  });
});
