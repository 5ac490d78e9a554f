import { Identity } from './identity';
import { signIdentityHeader, verifyIdentityHeader } from './identity-header';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const officer: Identity = { sub: 'o-1', kind: 'officer', roles: ['RECEPTION'], officeId: 'office-1' };

describe('identity header', () => {
  it('carries the identity from the gateway to a subgraph', () => {
    expect(verifyIdentityHeader(signIdentityHeader(officer, SECRET), SECRET)).toEqual(officer);
  });

  it('refuses a header signed with another secret, a changed body, or an old one', () => {
    const header = signIdentityHeader(officer, SECRET);
    expect(() => verifyIdentityHeader(signIdentityHeader(officer, `${SECRET}x`), SECRET)).toThrow();
    const [, signature] = header.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...officer, roles: ['ADMIN'], iat: Math.floor(Date.now() / 1000) }),
    ).toString('base64url');
    expect(() => verifyIdentityHeader(`${promoted}.${signature}`, SECRET)).toThrow();
    const old = signIdentityHeader(officer, SECRET, Date.now() - 120_000);
    expect(() => verifyIdentityHeader(old, SECRET)).toThrow();
  });
});
