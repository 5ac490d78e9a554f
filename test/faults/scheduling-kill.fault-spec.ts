import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@antrian/testing';
import { describeFaults, figure, stopAllStacks, withFaultStack } from './harness';

describeFaults('scheduling killed mid-rush, and stopped while the floor works', () => {
  afterAll(() => stopAllStacks());

  it('keeps every BOOKED answer and never oversells when scheduling is killed mid-rush (claim)', async () => {
    await withFaultStack({ label: 'sched_kill', services: ['scheduling', 'counter'] }, async (stack) => {
      const capacity = 25;
      const office = await stack.client.openOffice({ capacity });
      const answers: { id?: string; code?: string }[] = [];
      const rush = Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          await sleep(i * 150);
          try {
            const { response } = await stack.client.book(office);
            answers.push({ id: response.data?.bookSession?.id, code: response.errors?.[0]?.extensions?.code });
          } catch {
            answers.push({ code: 'NETWORK' });
          }
        }),
      );
      // Mid-rush: once some bookings were answered, with most requests still coming.
      await waitFor(() => (answers.filter((answer) => answer.id).length >= 8 ? true : undefined), 60_000, 'the rush');
      await stack.service('scheduling').kill();
      await rush;
      await stack.service('scheduling').start();
      const booked = answers.filter((answer) => answer.id).map((answer) => answer.id!);
      const rows = await stack.sql<{ id: string }>('scheduling', `SELECT id FROM booking WHERE session_id = $1`, [
        office.sessionId,
      ]);
      const [{ seats }] = await stack.sql<{ seats: number }>(
        'scheduling',
        'SELECT booked AS seats FROM session WHERE id = $1',
        [office.sessionId],
      );
      const stored = new Set(rows.map((row) => row.id));
      figure('sched-kill: BOOKED answers before/around the kill', booked.length);
      figure('sched-kill: requests refused or cut by the kill', answers.length - booked.length);
      expect(booked.every((id) => stored.has(id))).toBe(true);
      expect(rows.length).toBeLessThanOrEqual(capacity);
      expect(seats).toBe(rows.length);
      // Every stored booking reaches the floor (the outbox survived the kill).
      await waitFor(
        async () =>
          Number(
            (
              await stack.sql<{ n: string }>(
                'counter',
                'SELECT count(*) AS n FROM booking_copy WHERE session_id = $1',
                [office.sessionId],
              )
            )[0].n,
          ) === rows.length
            ? true
            : undefined,
        60_000,
        'every stored booking on the floor',
      );
    });
  });

  it('catches up with every check-in the floor made while scheduling was stopped', async () => {
    await withFaultStack({ label: 'sched_stop', services: ['scheduling', 'counter'] }, async (stack) => {
      const office = await stack.client.openOffice({ capacity: 30 });
      const bookings = [];
      for (let i = 0; i < 15; i++) bookings.push((await stack.client.book(office)).response.data!.bookSession);
      await waitFor(
        async () =>
          Number(
            (
              await stack.sql<{ n: string }>(
                'counter',
                'SELECT count(*) AS n FROM booking_copy WHERE session_id = $1',
                [office.sessionId],
              )
            )[0].n,
          ) === 15
            ? true
            : undefined,
        60_000,
        'the floor to know the bookings',
      );
      await stack.service('scheduling').kill();
      // The floor works alone: every applicant is checked in.
      for (const booking of bookings) {
        expect((await stack.client.checkIn(office, booking.code)).errors).toBeUndefined();
      }
      const restarted = Date.now();
      await stack.service('scheduling').start();
      const readyMs = Date.now() - restarted;
      await waitFor(
        async () =>
          Number(
            (
              await stack.sql<{ n: string }>(
                'scheduling',
                `SELECT count(*) AS n FROM booking WHERE session_id = $1 AND status = 'CHECKED_IN'`,
                [office.sessionId],
              )
            )[0].n,
          ) === 15
            ? true
            : undefined,
        60_000,
        'scheduling to catch up',
      );
      figure('sched-stop: scheduling ready after restart', readyMs, 'ms');
      figure('sched-stop: 15 check-ins caught up after ready', Date.now() - restarted - readyMs, 'ms');
    });
  });
});
