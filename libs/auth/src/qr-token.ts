import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'antrian-scheduling';
const AUDIENCE = 'antrian-kiosk';

/**
 * What a booking's QR code proves: enough for the counter service to check it in on its own,
 * even when the booking event has not reached the office yet (the link to the centre was down).
 */
export interface QrClaims {
  bookingId: string;
  bookingCode: string;
  applicantId: string;
  officeId: string;
  sessionId: string;
  sessionStartsAt: Date;
  service: string;
  priority: string | null;
  /** The token stops working when the session ends. */
  expiresAt: Date;
}

export class InvalidQrError extends Error {
  constructor(readonly reason: 'EXPIRED' | 'INVALID') {
    super(reason === 'EXPIRED' ? 'The QR code has expired' : 'The QR code is not a valid booking code');
    this.name = 'InvalidQrError';
  }
}

/** Scheduling signs with the private key; only it can make a QR code. */
export class QrTokenSigner {
  private readonly key: KeyObject;

  constructor(privateKeyPem: string) {
    this.key = createPrivateKey(privateKeyPem);
  }

  sign(claims: QrClaims): Promise<string> {
    return new SignJWT({
      code: claims.bookingCode,
      apl: claims.applicantId,
      oid: claims.officeId,
      sid: claims.sessionId,
      sst: Math.floor(claims.sessionStartsAt.getTime() / 1000),
      svc: claims.service,
      ...(claims.priority ? { pri: claims.priority } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(claims.bookingId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
      .sign(this.key);
  }
}

/** The counter service verifies with the public key alone, so check-in works while scheduling is down. */
export class QrTokenVerifier {
  private readonly key: KeyObject;

  constructor(publicKeyPem: string) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(token: string, now = new Date()): Promise<QrClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA'],
        currentDate: now,
      });
      const { sub, code, apl, oid, sid, sst, svc, pri, exp } = payload;
      if (
        typeof sub !== 'string' ||
        typeof code !== 'string' ||
        typeof apl !== 'string' ||
        typeof oid !== 'string' ||
        typeof sid !== 'string' ||
        typeof sst !== 'number' ||
        typeof svc !== 'string'
      ) {
        throw new InvalidQrError('INVALID');
      }
      return {
        bookingId: sub,
        bookingCode: code,
        applicantId: apl,
        officeId: oid,
        sessionId: sid,
        sessionStartsAt: new Date(sst * 1000),
        service: svc,
        priority: typeof pri === 'string' ? pri : null,
        expiresAt: new Date(Number(exp) * 1000),
      };
    } catch (error) {
      if (error instanceof InvalidQrError) throw error;
      throw new InvalidQrError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'EXPIRED' : 'INVALID');
    }
  }
}
