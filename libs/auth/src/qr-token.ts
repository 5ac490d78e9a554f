import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'antrian-scheduling';
const AUDIENCE = 'antrian-kiosk';

/** What a booking's QR code proves, readable by a kiosk's counter service without asking scheduling. */
export interface QrClaims {
  bookingId: string;
  bookingCode: string;
  officeId: string;
  sessionId: string;
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
    return new SignJWT({ code: claims.bookingCode, oid: claims.officeId, sid: claims.sessionId })
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
      if (typeof payload.sub !== 'string' || typeof payload.oid !== 'string' || typeof payload.sid !== 'string') {
        throw new InvalidQrError('INVALID');
      }
      return {
        bookingId: payload.sub,
        bookingCode: String(payload.code),
        officeId: payload.oid,
        sessionId: payload.sid,
        expiresAt: new Date(Number(payload.exp) * 1000),
      };
    } catch (error) {
      if (error instanceof InvalidQrError) throw error;
      throw new InvalidQrError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'EXPIRED' : 'INVALID');
    }
  }
}
