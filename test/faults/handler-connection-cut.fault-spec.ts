import { Client } from 'pg';
import { waitFor } from '@antrian/testing';
import { describeFaults, figure, stopAllStacks, withFaultStack } from './harness';

/**
 * Fault 1 as it happened: the floor's handler for a booking's creation loses its database
 * connection while it waits on a lock, so the creation is redelivered later and the booking's
 * cancellation overtakes it. The floor must keep the cancellation (a tombstone), so the late
 * creation arrives cancelled, the kiosk cannot check it in, and the session is never oversold.
 * Other bookings go on meanwhile.
 */
describeFaults('connections cut under load, a handler’s included', () => {
  afterAll(() => stopAllStacks());

  it('never brings a cancelled booking back (claim: capacity 1 keeps one active booking)', async () => {
    await withFaultStack({ label: 'conn_cut', services: ['scheduling', 'counter'] }, async (stack) => {
      // Starting in 30 minutes: inside the check-in window, and (a 10-minute cut-off) still cancellable.
      const office = await stack.client.openOffice({ capacity: 1, rules: { changeCutoffMinutes: 10 } });
      const busy = await stack.client.openOffice({ capacity: 100 });
      const locker = new Client({ connectionString: stack.databaseUrl('counter') });
      await locker.connect();
      try {
        // The floor's copy is locked: the creation's handler will wait on it.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE booking_copy IN EXCLUSIVE MODE');
        const { token, response } = await stack.client.book(office);
        const booking = response.data!.bookSession;
        const load = Promise.all(Array.from({ length: 10 }, () => stack.client.book(busy)));
        const [waiting] = await waitFor(
          async () => {
            const rows = await stack.sql<{ pid: number }>(
              'counter',
              `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            return rows.length > 0 ? rows : undefined;
          },
          60_000,
          'the handler waiting on the lock',
        );
        // The applicant cancels; then the handler's connection is cut, and the lock let go.
        expect((await stack.client.cancel(booking.id, token)).errors).toBeUndefined();
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
          'the cancellation published',
        );
        await stack.sql('counter', 'SELECT pg_terminate_backend($1)', [waiting.pid]);
        await locker.query('COMMIT');
        await load;

        const copy = await waitFor(
          async () =>
            (
              await stack.sql<{ status: string }>('counter', 'SELECT status FROM booking_copy WHERE id = $1', [
                booking.id,
              ])
            )[0],
          60_000,
          'the redelivered creation',
        );
        const checkIn = await stack.client.checkIn(office, booking.code);
        const [scheduling] = await stack.sql<{ status: string; booked: number; active: string }>(
          'scheduling',
          `SELECT b.status, s.booked,
                  (SELECT count(*) FROM booking WHERE session_id = s.id AND status IN ('BOOKED','CHECKED_IN','COMPLETED')) AS active
             FROM booking b JOIN session s ON s.id = b.session_id WHERE b.id = $1`,
          [booking.id],
        );
        const [{ tombstones }] = await stack.sql<{ tombstones: string }>(
          'counter',
          'SELECT count(*) AS tombstones FROM booking_tombstone WHERE id = $1',
          [booking.id],
        );
        figure('conn-cut: tombstones kept for the overtaken creation', tombstones);
        expect(copy.status).toBe('CANCELLED');
        expect(checkIn.errors?.length).toBeGreaterThan(0);
        expect(scheduling.status).toBe('CANCELLED');
        expect(Number(scheduling.active)).toBe(0);
        expect(scheduling.booked).toBe(0);
      } finally {
        await locker.end().catch(() => undefined);
      }
    });
  });
});
