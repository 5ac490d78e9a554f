import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
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

  // Signed and verified with node:crypto directly since issue 12: the tokens stay standard JWS.
  it('reads what jose signs, and jose reads what it signs', async () => {
    const credentials = { identity: officer, clientAddress: '203.0.113.9' };
    const header = await signer.sign(credentials, 'scheduling');
    const { payload } = await jwtVerify(header, createPublicKey(DEV_SECRETS.GATEWAY_PUBLIC_KEY), {
      issuer: 'antrian-gateway',
      audience: 'scheduling',
      algorithms: ['EdDSA'],
      requiredClaims: ['jti', 'iat', 'exp'],
    });
    expect(payload).toMatchObject({ id: officer, addr: '203.0.113.9' });

    const byJose = await new SignJWT({ id: officer, addr: null })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('antrian-gateway')
      .setAudience(['counter', 'scheduling'])
      .setJti('j-1')
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(createPrivateKey(DEV_SECRETS.GATEWAY_PRIVATE_KEY));
    await expect(scheduling.verify(byJose)).resolves.toMatchObject({ identity: officer, headerId: 'j-1' });
  });

  it('refuses a header from the future, without an id, with critical extensions, or for another issuer', async () => {
    const key = createPrivateKey(DEV_SECRETS.GATEWAY_PRIVATE_KEY);
    const make = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      let jwt = new SignJWT({ id: officer, addr: null, ...claims })
        .setProtectedHeader({ alg: 'EdDSA', ...header })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : 'antrian-gateway')
        .setAudience('scheduling')
        .setIssuedAt(typeof claims.iat === 'number' ? claims.iat : now)
        .setExpirationTime(now + 30);
      if (claims.jti !== null) jwt = jwt.setJti('j-2');
      return jwt.sign(key);
    };
    await expect(scheduling.verify(await make({}))).resolves.toMatchObject({ headerId: 'j-2' });
    await expect(scheduling.verify(await make({ iat: Math.floor(Date.now() / 1000) + 60 }))).rejects.toThrow();
    await expect(scheduling.verify(await make({ jti: null }))).rejects.toThrow();
    await expect(scheduling.verify(await make({ iss: 'antrian-identity' }))).rejects.toThrow();
    await expect(scheduling.verify(await make({ id: 'o-1' }))).rejects.toThrow();
    // Made by hand: jose refuses to sign an extension it does not know.
    const [, body] = (await make({})).split('.');
    const head = Buffer.from(JSON.stringify({ alg: 'EdDSA', crit: ['x'], x: 1 })).toString('base64url');
    const critical = `${head}.${body}.${sign(null, Buffer.from(`${head}.${body}`), key).toString('base64url')}`;
    await expect(scheduling.verify(critical)).rejects.toThrow();
  });

  it('takes Ed25519 keys only', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(
      () => new IdentityHeaderSigner(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    ).toThrow();
    expect(
      () => new IdentityHeaderVerifier(rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'scheduling'),
    ).toThrow();
  });
});
