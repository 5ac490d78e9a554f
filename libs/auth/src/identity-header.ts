import { createPrivateKey, createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { Identity } from './identity';
import { identityFromClaims, InvalidTokenError } from './access-token';
import { signEdDsa, verifyEdDsa } from './eddsa-jws';

/**
 * The gateway forwards who is asking, and from which address, to subgraphs in this header on
 * every request (anonymous ones too): a JWT signed with an Ed25519 key that only the gateway
 * holds, addressed to one subgraph (`aud`), valid for a few seconds and usable once (`jti`).
 * Subgraphs hold the public key alone, so a subgraph (or anyone who reads its settings) cannot
 * forge one, a header sent to one subgraph is refused by the others, and a captured header
 * cannot be replayed (see the subgraphs' replay guard).
 */
export const IDENTITY_HEADER = 'x-antrian-identity';

/** What a subgraph knows of the caller behind one request. */
export interface RequestCredentials {
  /** The verified caller; null for anonymous requests. */
  identity: Identity | null;
  /** The client's IP address as the gateway saw it (per-address limits); null when unknown. */
  clientAddress: string | null;
}

/** A verified header: the credentials, and the single-use id that must not be seen again before it expires. */
export interface VerifiedIdentityHeader extends RequestCredentials {
  headerId: string;
  expiresAt: Date;
}

const ISSUER = 'antrian-gateway';

/** Long enough for a request to cross the cluster, short enough that the replay guard's table stays small. */
export const IDENTITY_HEADER_TTL_SECONDS = 30;

/** Clocks of gateway and subgraph hosts may disagree by this much. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** How old (`iat`) a header may be, besides the tolerance: its lifetime and the tolerance. */
const MAX_AGE_SECONDS = IDENTITY_HEADER_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS;

/** Signs identity headers: the gateway alone holds the private key. */
export class IdentityHeaderSigner {
  private readonly key: KeyObject;

  constructor(privateKeyPem: string) {
    this.key = ed25519(createPrivateKey(privateKeyPem));
  }

  /** A fresh header for one request to the subgraph named `audience`. */
  sign(credentials: RequestCredentials, audience: string, now = Date.now()): Promise<string> {
    const issuedAt = Math.floor(now / 1000);
    return signEdDsa(
      {
        id: credentials.identity,
        addr: credentials.clientAddress,
        iss: ISSUER,
        aud: audience,
        jti: randomUUID(),
        iat: issuedAt,
        exp: issuedAt + IDENTITY_HEADER_TTL_SECONDS,
      },
      this.key,
    );
  }
}

/** Verifies identity headers addressed to one subgraph, with the gateway's public key. */
export class IdentityHeaderVerifier {
  private readonly key: KeyObject;

  constructor(
    publicKeyPem: string,
    private readonly audience: string,
  ) {
    this.key = ed25519(createPublicKey(publicKeyPem));
  }

  async verify(value: string, now = Date.now()): Promise<VerifiedIdentityHeader> {
    const claims = await verifyEdDsa(value, this.key);
    if (!claims || !this.acceptable(claims, Math.floor(now / 1000))) throw new InvalidTokenError();
    const identity = claims.id === null ? null : identityFromClaims(claims.id as Record<string, unknown>);
    return {
      identity,
      clientAddress: typeof claims.addr === 'string' ? claims.addr : null,
      headerId: claims.jti as string,
      // Kept until the tolerance has passed too: until then the header would still verify.
      expiresAt: new Date(((claims.exp as number) + CLOCK_TOLERANCE_SECONDS) * 1000),
    };
  }

  /**
   * The checks `jose`'s jwtVerify made with this verifier's options, kept as they were: issuer,
   * audience, a non-empty `jti`, `iat` no later than now and no older than the lifetime, `exp`
   * (and `nbf` when present) against now, each with the clock tolerance; `id` an object or null.
   */
  private acceptable(claims: Record<string, unknown>, now: number): boolean {
    const { iss, aud, jti, iat, exp, nbf, id } = claims;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (iss !== ISSUER || !audiences.includes(this.audience)) return false;
    if (typeof jti !== 'string' || jti === '' || typeof id !== 'object') return false;
    if (typeof iat !== 'number' || typeof exp !== 'number' || !Number.isFinite(iat) || !Number.isFinite(exp)) {
      return false;
    }
    const age = now - iat;
    if (age < -CLOCK_TOLERANCE_SECONDS || age - CLOCK_TOLERANCE_SECONDS > MAX_AGE_SECONDS) return false;
    if (exp <= now - CLOCK_TOLERANCE_SECONDS) return false;
    if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + CLOCK_TOLERANCE_SECONDS)) return false;
    return true;
  }
}

/** EdDSA here means Ed25519: a key of any other type is a configuration mistake, refused at start. */
function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('The gateway identity-header key must be an Ed25519 key');
  return key;
}
