import { DataSource } from 'typeorm';

/** The table of identity headers already used (see CreateUsedIdentityHeader1765000000000). */
export class UsedIdentityHeaderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a header's first use: true the first time, false for a replay. One statement. */
  async recordFirstUse(headerId: string, expiresAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'INSERT INTO used_identity_header (id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [headerId, expiresAt],
    );
    return rows.length === 1;
  }

  /** Forgets headers that could no longer verify anyway. */
  async pruneExpired(now = new Date()): Promise<void> {
    await this.dataSource.query('DELETE FROM used_identity_header WHERE expires_at < $1', [now]);
  }
}
