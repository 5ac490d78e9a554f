import { createPrivateKey, createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { Identity } from './identity';
import { identityFromClaims, InvalidTokenError } from './access-token';

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

/** Signs identity headers: the gateway alone holds the private key. */
export class IdentityHeaderSigner {
  private readonly key: KeyObject;

  constructor(privateKeyPem: string) {
    this.key = createPrivateKey(privateKeyPem);
  }

  /** A fresh header for one request to the subgraph named `audience`. */
  sign(credentials: RequestCredentials, audience: string, now = Date.now()): Promise<string> {
    const issuedAt = Math.floor(now / 1000);
    return new SignJWT({ id: credentials.identity, addr: credentials.clientAddress })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + IDENTITY_HEADER_TTL_SECONDS)
      .sign(this.key);
  }
}

/** Verifies identity headers addressed to one subgraph, with the gateway's public key. */
export class IdentityHeaderVerifier {
  private readonly key: KeyObject;

  constructor(
    publicKeyPem: string,
    private readonly audience: string,
  ) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(value: string, now = Date.now()): Promise<VerifiedIdentityHeader> {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(value, this.key, {
        issuer: ISSUER,
        audience: this.audience,
        algorithms: ['EdDSA'],
        requiredClaims: ['jti', 'iat', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        maxTokenAge: IDENTITY_HEADER_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(now),
      }));
    } catch {
      throw new InvalidTokenError();
    }
    if (typeof claims.id !== 'object') throw new InvalidTokenError();
    const identity = claims.id === null ? null : identityFromClaims(claims.id as Record<string, unknown>);
    return {
      identity,
      clientAddress: typeof claims.addr === 'string' ? claims.addr : null,
      headerId: String(claims.jti),
      // Kept until the tolerance has passed too: until then the header would still verify.
      expiresAt: new Date((Number(claims.exp) + CLOCK_TOLERANCE_SECONDS) * 1000),
    };
  }
}
