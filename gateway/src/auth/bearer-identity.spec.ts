import { AccessTokenSigner, AccessTokenVerifier, Identity, InvalidTokenError } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { identityFromAuthorization } from './bearer-identity';

const officer: Identity = { sub: 'officer-1', kind: 'officer', roles: ['RECEPTION'], officeId: 'office-1' };
const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);

describe('identityFromAuthorization', () => {
  it('treats a missing authorization as anonymous', async () => {
    await expect(identityFromAuthorization(verifier, undefined)).resolves.toBeNull();
    await expect(identityFromAuthorization(verifier, '')).resolves.toBeNull();
  });

  it('verifies a bearer token', async () => {
    const { token } = await signer.sign(officer);
    await expect(identityFromAuthorization(verifier, `Bearer ${token}`)).resolves.toEqual(officer);
    await expect(identityFromAuthorization(verifier, `bearer  ${token} `)).resolves.toEqual(officer);
  });

  it.each([
    ['another scheme', async () => `Basic ${(await signer.sign(officer)).token}`],
    ['a token without a scheme', async () => (await signer.sign(officer)).token],
    ['a non-string value', async () => 42],
    ['an expired token', async () => `Bearer ${(await signer.sign(officer, new Date(Date.now() - 3600_000))).token}`],
    ['a token signed by another key', async () => `Bearer ${(await signer.sign(officer)).token.slice(0, -4)}AAAA`],
  ])('rejects %s', async (_case, authorization) => {
    await expect(identityFromAuthorization(verifier, await authorization())).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
