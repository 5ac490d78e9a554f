import { DataSource } from 'typeorm';

/** The table of identity headers already used (see CreateUsedIdentityHeader1765000000000). */
export class UsedIdentityHeaderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the first use of many headers in one statement (see BatchingReplayGuard): the ids
   * recorded now, i.e. seen for the first time. The caller passes each id once, sorted by id (so
   * that concurrent statements of several replicas lock their rows in the same order). On every
   * signed-in request, so its commit does not wait for the WAL flush (`synchronous_commit` off
   * for this statement's own transaction only): that halved its cost in bench:rush. A crash of
   * PostgreSQL may forget the last fraction of a second of used headers; each lives
   * IDENTITY_HEADER_TTL_SECONDS (30 s) and travels only between the gateway and the subgraphs.
   * Visibility is unchanged: a concurrent replay still conflicts on the key.
   */
  async recordFirstUses(headers: readonly { headerId: string; expiresAt: Date }[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))
       INSERT INTO used_identity_header (id, expires_at)
       SELECT used.id, used.expires_at FROM relaxed, unnest($1::uuid[], $2::timestamptz[]) AS used (id, expires_at)
       ON CONFLICT DO NOTHING RETURNING id`,
      [headers.map((header) => header.headerId), headers.map((header) => header.expiresAt)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Forgets headers that could no longer verify anyway. */
  async pruneExpired(now = new Date()): Promise<void> {
    await this.dataSource.query('DELETE FROM used_identity_header WHERE expires_at < $1', [now]);
  }
}
