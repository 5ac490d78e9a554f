import { Client } from 'pg';

/** What `events:republish` did. */
export interface RepublishResult {
  /** Outbox rows handed back to the relay. */
  requeued: number;
  /** The oldest event the outbox still holds (older ones were pruned): a `since` before it cannot be honoured fully. */
  oldestKept: Date | null;
}

async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'antrian-events-cli' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Hands every published outbox event that occurred at or after `since` back to the service's
 * relay, which publishes them again in their original order (at once if it runs, else when the
 * service starts). Safe to repeat: the event ids are unchanged, so JetStream's duplicate window
 * and every consumer's inbox drop what was already applied.
 */
export function republishSince(databaseUrl: string, since: Date): Promise<RepublishResult> {
  return withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    const updated = await client.query(
      'UPDATE outbox_event SET published_at = NULL WHERE published_at IS NOT NULL AND occurred_at >= $1',
      [since],
    );
    const [{ oldest }] = (
      await client.query<{ oldest: Date | null }>('SELECT min(occurred_at) AS oldest FROM outbox_event')
    ).rows;
    // Wakes the relay now rather than at its next poll (delivered at commit).
    await client.query(`SELECT pg_notify('outbox_event', '')`);
    await client.query('COMMIT');
    return { requeued: updated.rowCount ?? 0, oldestKept: oldest };
  });
}

export interface ReplayFilter {
  /** Only this consumer's dead letters (durable name, e.g. `counter-scheduling-events`). */
  consumer?: string;
  /** Only these dead letters (their `id`). */
  ids?: string[];
}

/**
 * Asks the service's running consumers to apply their open dead letters again (they look every
 * `DEAD_LETTER_REPLAY_POLL_SECONDS`). Returns how many were asked for.
 */
export function requestDeadLetterReplay(databaseUrl: string, filter: ReplayFilter = {}): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query(
      `UPDATE dead_letter_event SET replay_requested_at = now()
        WHERE resolved_at IS NULL AND ($1::text IS NULL OR consumer = $1) AND ($2::bigint[] IS NULL OR id = ANY($2))`,
      [filter.consumer ?? null, filter.ids?.length ? filter.ids : null],
    );
    return result.rowCount ?? 0;
  });
}

/** Open dead letters, per consumer and reason (for the command's report). */
export function openDeadLetters(databaseUrl: string): Promise<{ consumer: string; reason: string; count: number }[]> {
  return withClient(databaseUrl, async (client) =>
    (
      await client.query<{ consumer: string; reason: string; count: string }>(
        `SELECT consumer, reason, count(*) FROM dead_letter_event WHERE resolved_at IS NULL
          GROUP BY consumer, reason ORDER BY consumer, reason`,
      )
    ).rows.map((row) => ({ ...row, count: Number(row.count) })),
  );
}

/**
 * Scheduling only: appends a fresh `scheduling.office.updated` event for every office to the
 * outbox, so a consumer whose copy must be rebuilt (a new identity or counter database) gets every
 * office even after the stream's age limit has dropped their creation events.
 */
export function snapshotOffices(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    const inserted = await client.query(
      `INSERT INTO outbox_event (id, subject, version, payload, occurred_at)
       SELECT gen_random_uuid(), 'scheduling.office.updated', 1,
              jsonb_build_object('officeId', id, 'code', code, 'name', name, 'timeZone', time_zone,
                                 'checkInOpensMinutesBefore', check_in_opens_minutes_before),
              now()
         FROM office ORDER BY created_at`,
    );
    await client.query(`SELECT pg_notify('outbox_event', '')`);
    await client.query('COMMIT');
    return inserted.rowCount ?? 0;
  });
}
