import { DEV_SECRETS } from '@antrian/config';
import { AccessTokenSigner, AccessTokenVerifier, ACCESS_TOKEN_TTL_SECONDS, InvalidTokenError } from './access-token';
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

  it('are refused once expired, or when signed with another key', async () => {
    const { token } = await signer.sign(supervisor, new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 5) * 1000));
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    const stranger = new AccessTokenSigner(DEV_SECRETS.QR_PRIVATE_KEY);
    await expect(verifier.verify((await stranger.sign(supervisor)).token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
