import { createHash, createPublicKey } from 'node:crypto';
import { DEV_SECRETS } from './dev-secrets';

const PEM = /-----BEGIN [A-Z ]+-----/;

/**
 * The SHA-256 of a key's public half (SPKI, DER), whatever form the key is given in: a private
 * or a public key, PKCS#8 or SPKI, with real or literal `\n` line breaks, CRLF or another
 * wrapping. Null for a value that is not a key.
 */
export function keyFingerprint(value: string): string | null {
  if (!PEM.test(value)) return null;
  try {
    const der = createPublicKey(value.replace(/\\n/g, '\n')).export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(der).digest('hex');
  } catch {
    return null;
  }
}

const devKeyFingerprints = new Set(
  Object.values(DEV_SECRETS)
    .map((value) => keyFingerprint(value))
    .filter((fingerprint): fingerprint is string => fingerprint !== null),
);
const devValues = new Map<string, string>(
  Object.entries(DEV_SECRETS).filter(([, value]) => keyFingerprint(value) === null),
);

/**
 * The settings of `env` that hold a development secret: a key of DEV_SECRETS (compared by
 * fingerprint, under any setting's name) or another of its values (compared by value, under its
 * own name). The repository is public, so anyone holding these can mint an ADMIN token; every
 * entry of DEV_SECRETS is covered, including ones added later.
 */
export function settingsHoldingDevSecrets(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => {
      if (!value) return false;
      const fingerprint = keyFingerprint(value);
      if (fingerprint !== null) return devKeyFingerprints.has(fingerprint);
      const devValue = devValues.get(name);
      return devValue !== undefined && value.trim() === devValue;
    })
    .map(([name]) => name)
    .sort();
}

/** NODE_ENV values under which the development secrets may be used. */
export function allowsDevSecrets(nodeEnv: string | undefined): boolean {
  return (nodeEnv ?? 'development') === 'development' || nodeEnv === 'test';
}
