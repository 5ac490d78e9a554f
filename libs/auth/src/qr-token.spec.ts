import { DEV_SECRETS } from '@antrian/config';
import { InvalidQrError, QrTokenSigner, QrTokenVerifier } from './qr-token';

const signer = new QrTokenSigner(DEV_SECRETS.QR_PRIVATE_KEY);
const verifier = new QrTokenVerifier(DEV_SECRETS.QR_PUBLIC_KEY);
const claims = {
  bookingId: '7d3f2a10-0000-4000-8000-000000000001',
  bookingCode: 'K7MX4Q2P',
  applicantId: '7d3f2a10-0000-4000-8000-0000000000cc',
  officeId: '7d3f2a10-0000-4000-8000-0000000000aa',
  sessionId: '7d3f2a10-0000-4000-8000-0000000000bb',
  sessionStartsAt: new Date('2030-01-02T02:00:00Z'),
  service: 'RENEWAL',
  priority: 'ELDERLY',
  expiresAt: new Date('2030-01-02T03:00:00Z'),
};

describe('QR tokens', () => {
  it('round-trips booking, office and session with the public key alone', async () => {
    const token = await signer.sign(claims);
    await expect(verifier.verify(token, new Date('2030-01-02T02:00:00Z'))).resolves.toEqual(claims);
  });

  it('refuses an expired token as EXPIRED', async () => {
    const token = await signer.sign(claims);
    await expect(verifier.verify(token, new Date('2030-01-02T03:00:01Z'))).rejects.toMatchObject({ reason: 'EXPIRED' });
  });

  it('refuses a tampered token and one signed by another key', async () => {
    const token = await signer.sign(claims);
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), oid: 'another-office' }),
    ).toString('base64url');
    await expect(verifier.verify(`${header}.${forgedPayload}.${signature}`)).rejects.toBeInstanceOf(InvalidQrError);
    const otherSigner = new QrTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
    await expect(verifier.verify(await otherSigner.sign(claims))).rejects.toMatchObject({ reason: 'INVALID' });
    await expect(verifier.verify('not a token')).rejects.toMatchObject({ reason: 'INVALID' });
  });
});
