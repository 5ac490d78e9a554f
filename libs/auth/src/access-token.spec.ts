import { DEV_SECRETS } from '@antrian/config';
import {
  AccessTokenSigner,
  AccessTokenVerifier,
  ACCESS_TOKEN_TTL_SECONDS,
  identityFromClaims,
  InvalidTokenError,
} from './access-token';
import { Identity } from './identity';

const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);
const supervisor: Identity = { sub: 'o-7', kind: 'officer', roles: ['SUPERVISOR'], officeId: 'office-1' };

describe('access tokens', () => {
  it('carry the identity and expire after about 15 minutes', async () => {
    const now = new Date();
    const { token, expiresAt } = await signer.sign(supervisor, now);
    await expect(verifier.verify(token)).resolves.toEqual(supervisor);
    expect(Math.round((expiresAt.getTime() - now.getTime()) / 1000)).toBeCloseTo(ACCESS_TOKEN_TTL_SECONDS, -1);
  });

  it('name their session and when they were issued, and carry an applicant’s e-mail claim', async () => {
    const applicant: Identity = {
      sub: 'a-1',
      kind: 'applicant',
      roles: [],
      officeId: null,
      emailConfirmed: false,
      sessionId: 'family-1',
    };
    const now = new Date();
    const signed = await signer.sign(applicant, now);
    const verified = await verifier.verifySession(signed.token);
    expect(verified.identity).toEqual(applicant);
    expect(verified.sessionId).toBe('family-1');
    expect(verified.issuedAt.getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);
    expect(verified.expiresAt).toEqual(signed.expiresAt);
  });

  it('leave the session out when the identity has none, as tokens issued before sessions were named', async () => {
    const verified = await verifier.verifySession((await signer.sign(supervisor)).token);
    expect(verified.sessionId).toBeNull();
    expect(verified.identity).toEqual(supervisor);
    expect(verified.identity.emailConfirmed).toBeUndefined();
  });

  it('keep the session and e-mail claim when the identity travels as JSON (the gateway’s header)', () => {
    const applicant: Identity = {
      sub: 'a-1',
      kind: 'applicant',
      roles: [],
      officeId: null,
      emailConfirmed: true,
      sessionId: 'family-1',
    };
    expect(identityFromClaims(JSON.parse(JSON.stringify(applicant)) as Record<string, unknown>)).toEqual(applicant);
  });

  it('are refused once expired, or when signed with another key', async () => {
    const { token } = await signer.sign(supervisor, new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 5) * 1000));
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    const stranger = new AccessTokenSigner(DEV_SECRETS.QR_PRIVATE_KEY);
    await expect(verifier.verify((await stranger.sign(supervisor)).token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
