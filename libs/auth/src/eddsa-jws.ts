import { KeyObject, sign, verify } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Compact JWS with `alg: EdDSA` (Ed25519) straight on `node:crypto`, for the identity header the
 * gateway signs for every subgraph request and every subgraph verifies. The same tokens as
 * `jose` makes and reads (the header is `{"alg":"EdDSA"}`), without its generic JOSE machinery,
 * which cost about as much CPU as the Ed25519 signature itself (docs/security.md). The
 * signature still runs in libuv's thread pool, as with jose: off the event loop, which is what
 * limits a gateway or subgraph process. Everything else about a token (issuer, audience,
 * lifetime) is the caller's to check.
 */
const PROTECTED_HEADER = Buffer.from(JSON.stringify({ alg: 'EdDSA' })).toString('base64url');
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ED25519_SIGNATURE_BYTES = 64;
const signInPool = promisify(sign);
const verifyInPool = promisify(verify);

export async function signEdDsa(claims: Record<string, unknown>, privateKey: KeyObject): Promise<string> {
  const input = `${PROTECTED_HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${(await signInPool(null, Buffer.from(input), privateKey)).toString('base64url')}`;
}

/**
 * The claims of a token signed with the private half of `publicKey`, or null. Refused: anything
 * but three base64url parts, a protected header other than EdDSA (`none`, HMAC keyed with the
 * public key and every other algorithm), one with critical extensions (`crit`: none is
 * understood here), a signature that does not verify, claims that are not a JSON object.
 */
export async function verifyEdDsa(token: string, publicKey: KeyObject): Promise<Record<string, unknown> | null> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [head, payload, signature] = parts;
  const header = parseObject(head);
  if (!header || header.alg !== 'EdDSA' || 'crit' in header || 'b64' in header) return null;
  const signatureBytes = Buffer.from(signature, 'base64url');
  if (signatureBytes.length !== ED25519_SIGNATURE_BYTES) return null;
  let valid: boolean;
  try {
    valid = await verifyInPool(null, Buffer.from(`${head}.${payload}`), publicKey, signatureBytes);
  } catch {
    return null;
  }
  return valid ? parseObject(payload) : null;
}

function parseObject(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
