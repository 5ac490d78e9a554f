import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { DEV_SECRETS } from '@antrian/config';
import { Identity } from './identity';
import { IdentityHeaderSigner, IdentityHeaderVerifier } from './identity-header';

const officer: Identity = { sub: 'o-1', kind: 'officer', roles: ['RECEPTION'], officeId: 'office-1' };
const signer = new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY);
const scheduling = new IdentityHeaderVerifier(DEV_SECRETS.GATEWAY_PUBLIC_KEY, 'scheduling');

describe('identity header', () => {
  it('carries the identity and the client address from the gateway to one subgraph, with a unique id', async () => {
    const credentials = { identity: officer, clientAddress: '203.0.113.7' };
    const header = await signer.sign(credentials, 'scheduling');
    expect(decodeProtectedHeader(header).alg).toBe('EdDSA');
    const verified = await scheduling.verify(header);
    expect(verified).toMatchObject(credentials);
    expect(verified.expiresAt.getTime()).toBeGreaterThan(Date.now());

    const anonymous = { identity: null, clientAddress: '203.0.113.8' };
    const second = await scheduling.verify(await signer.sign(anonymous, 'scheduling'));
    expect(second).toMatchObject(anonymous);
    expect(second.headerId).not.toBe(verified.headerId);
  });

  it('refuses a header for another subgraph, signed with another key, changed, expired or unsigned', async () => {
    const credentials = { identity: officer, clientAddress: null };
    await expect(scheduling.verify(await signer.sign(credentials, 'counter'))).rejects.toThrow();

    const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(
      scheduling.verify(await new IdentityHeaderSigner(stranger).sign(credentials, 'scheduling')),
    ).rejects.toThrow();

    const [head, , signature] = (await signer.sign(credentials, 'scheduling')).split('.');
    const claims = decodeJwt(await signer.sign(credentials, 'scheduling'));
    const promoted = Buffer.from(JSON.stringify({ ...claims, id: { ...officer, roles: ['ADMIN'] } })).toString(
      'base64url',
    );
    await expect(scheduling.verify(`${head}.${promoted}.${signature}`)).rejects.toThrow();

    const old = await signer.sign(credentials, 'scheduling', Date.now() - 120_000);
    await expect(scheduling.verify(old)).rejects.toThrow();

    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    await expect(scheduling.verify(none)).rejects.toThrow();
  });

  it('refuses an HMAC header keyed with the public key (algorithm confusion)', async () => {
    const forged = await new SignJWT({ id: officer, addr: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('antrian-gateway')
      .setAudience('scheduling')
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(new TextEncoder().encode(DEV_SECRETS.GATEWAY_PUBLIC_KEY));
    await expect(scheduling.verify(forged)).rejects.toThrow();
  });
});
