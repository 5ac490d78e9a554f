import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@antrian/database';
import { freePort } from './free-port';

declare global {
  var __EMBEDDED_PG__: { handle: EmbeddedPostgresHandle; dataDir: string } | undefined;
}

/**
 * Jest global setup: tests use `DATABASE_URL` when it is set (CI, this machine), otherwise an
 * embedded PostgreSQL in a temporary folder that lives as long as the run. Workers inherit the
 * environment, so every test file sees the same `DATABASE_URL`.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'antrian-test-pg-'));
  const handle = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.DATABASE_URL = handle.url;
  globalThis.__EMBEDDED_PG__ = { handle, dataDir };
  if (!process.env.NATS_URL) {
    console.log('\nNATS_URL is not set: NATS integration tests are skipped.');
  }
}

export async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__EMBEDDED_PG__;
  if (!embedded) return;
  await embedded.handle.stop();
  // As root the server may have kept its data elsewhere (see planEmbeddedPostgres).
  for (const dataDir of new Set([embedded.dataDir, embedded.handle.dataDir]))
    rmSync(dataDir, { recursive: true, force: true });
}
