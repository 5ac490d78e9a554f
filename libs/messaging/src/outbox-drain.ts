import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';

/** Events committed to the outbox and not yet published. */
export async function unpublishedOutboxCount(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query(
    'SELECT count(*)::int AS count FROM outbox_event WHERE published_at IS NULL',
  )) as { count: number }[];
  return row?.count ?? 0;
}

/**
 * Waits (at most `timeoutMs`) until the running relay has published every event in the outbox:
 * the last step before a stopping service stops its relay, so what the last requests committed
 * goes out now rather than when the next replica starts. Returns how many are left (0: drained);
 * those stay in the outbox, safe, for the next relay.
 */
export async function waitForOutboxDrained(dataSource: DataSource, timeoutMs: number, pollMs = 50): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await unpublishedOutboxCount(dataSource);
    if (left === 0 || Date.now() >= deadline) return left;
    await sleep(pollMs);
  }
}
