import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { OFFICER_ROLES, OfficerRole } from '@antrian/contracts';
import { DeviceKind, Identity, PrincipalKind } from './identity';

const ISSUER = 'antrian-identity';
const AUDIENCE = 'antrian';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export class InvalidTokenError extends Error {
  constructor() {
    super('The access token is invalid or has expired');
    this.name = 'InvalidTokenError';
  }
}

/** Issues access tokens (identity service only: it alone holds the private key). */
export class AccessTokenSigner {
  private readonly key: KeyObject;

  constructor(privateKeyPem: string) {
    this.key = createPrivateKey(privateKeyPem);
  }

  async sign(identity: Identity, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ACCESS_TOKEN_TTL_SECONDS) * 1000);
    const token = await new SignJWT({
      kind: identity.kind,
      roles: identity.roles,
      officeId: identity.officeId,
      ...(identity.deviceKind ? { deviceKind: identity.deviceKind } : {}),
      ...(identity.emailConfirmed !== undefined ? { emailConfirmed: identity.emailConfirmed } : {}),
      ...(identity.sessionId ? { sid: identity.sessionId } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(identity.sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }
}

export interface VerifiedSession {
  identity: Identity;
  expiresAt: Date;
  sessionId: string | null;
  issuedAt: Date;
}

/** Verifies access tokens with the public key alone (the gateway). */
export class AccessTokenVerifier {
  private readonly key: KeyObject;

  constructor(publicKeyPem: string) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(token: string): Promise<Identity> {
    return (await this.verifySession(token)).identity;
  }

  /**
   * The identity, when the token stops being valid (long-lived connections end then), and what a
   * revocation is matched against: its session (`sid`; null in tokens issued before it existed)
   * and when it was issued (`iat`, whole seconds).
   */
  async verifySession(token: string): Promise<VerifiedSession> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        requiredClaims: ['iat', 'exp'],
      });
      const identity = identityFromClaims(payload);
      return {
        identity,
        expiresAt: new Date(Number(payload.exp) * 1000),
        sessionId: identity.sessionId ?? null,
        issuedAt: new Date(Number(payload.iat) * 1000),
      };
    } catch {
      throw new InvalidTokenError();
    }
  }
}

export interface VerifiedSession {
  identity: Identity;
  expiresAt: Date;
  /** The refresh-token family (`sid`); null for a token issued before sessions were named. */
  sessionId: string | null;
  /** `iat`: a revocation at or after this instant ends the token. */
  issuedAt: Date;
}

export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const kind = claims.kind as PrincipalKind;
  if (typeof claims.sub !== 'string' || !['applicant', 'officer', 'device'].includes(kind)) {
    throw new InvalidTokenError();
  }
  // A JWT names the session `sid`; an Identity forwarded as JSON (the gateway's header) `sessionId`.
  const sessionId = [claims.sid, claims.sessionId].find((value): value is string => typeof value === 'string');
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is OfficerRole => OFFICER_ROLES.includes(role as OfficerRole))
    : [];
  return {
    sub: claims.sub,
    kind,
    roles,
    officeId: typeof claims.officeId === 'string' ? claims.officeId : null,
    ...(claims.deviceKind ? { deviceKind: claims.deviceKind as DeviceKind } : {}),
    ...(typeof claims.emailConfirmed === 'boolean' ? { emailConfirmed: claims.emailConfirmed } : {}),
    ...(sessionId ? { sessionId } : {}),
  };
}
