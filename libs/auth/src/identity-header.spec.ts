import { Identity } from './identity';
import { signIdentityHeader, verifyIdentityHeader } from './identity-header';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const officer: Identity = { sub: 'o-1', kind: 'officer', roles: ['RECEPTION'], officeId: 'office-1' };

describe('identity header', () => {
  it('carries the identity and the client address from the gateway to a subgraph', () => {
    const credentials = { identity: officer, clientAddress: '203.0.113.7' };
    expect(verifyIdentityHeader(signIdentityHeader(credentials, SECRET), SECRET)).toEqual(credentials);
    const anonymous = { identity: null, clientAddress: '203.0.113.8' };
    expect(verifyIdentityHeader(signIdentityHeader(anonymous, SECRET), SECRET)).toEqual(anonymous);
  });

  it('refuses a header signed with another secret, a changed body, or an old one', () => {
    const credentials = { identity: officer, clientAddress: null };
    const header = signIdentityHeader(credentials, SECRET);
    expect(() => verifyIdentityHeader(signIdentityHeader(credentials, `${SECRET}x`), SECRET)).toThrow();
    const [, signature] = header.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ id: { ...officer, roles: ['ADMIN'] }, addr: null, iat: Math.floor(Date.now() / 1000) }),
    ).toString('base64url');
    expect(() => verifyIdentityHeader(`${promoted}.${signature}`, SECRET)).toThrow();
    const old = signIdentityHeader(credentials, SECRET, Date.now() - 120_000);
    expect(() => verifyIdentityHeader(old, SECRET)).toThrow();
  });
});
