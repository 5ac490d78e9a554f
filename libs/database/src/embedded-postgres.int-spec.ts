import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@antrian/testing';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres';

describe('the embedded PostgreSQL', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const dataFolder = () => {
    // As npm test's global setup does: a folder of its own under the temporary folder.
    const folder = mkdtempSync(join(tmpdir(), 'antrian-embedded-'));
    folders.push(folder);
    return folder;
  };

  it('starts on a fresh data folder, serves, stops, and says why in one line when it cannot start', async () => {
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir: dataFolder(), port });
    folders.push(server.dataDir);
    try {
      const client = new Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query(`SELECT current_setting('server_encoding') AS encoding`);
      await client.end();
      expect(rows[0].encoding).toBe('UTF8');

      // A second server on the same port cannot listen: a refusal, not a crash.
      const clash = startEmbeddedPostgres({ dataDir: dataFolder(), port });
      await expect(clash).rejects.toThrow(EmbeddedPostgresError);
      const message = await clash.catch((error: Error) => error.message);
      expect(message).toMatch(new RegExp(`^The embedded PostgreSQL did not start on port ${port} .*: .+`));
      expect(message).not.toContain('\n');
    } finally {
      await server.stop();
    }
  }, 120_000);
});
