import { Identity, InvalidTokenError } from '@antrian/auth';
import { CachingSessionVerifier } from './caching-session-verifier';
import { RevocationList } from './revocation-list';

const officer: Identity = { sub: 'o-1', kind: 'officer', roles: ['RECEPTION'], officeId: 'office-1' };

describe('CachingSessionVerifier', () => {
  let now = 1_000_000;
  let calls = 0;
  const inner = {
    verifySession: async (token: string) => {
      calls += 1;
      if (token === 'bad') throw new InvalidTokenError();
      return {
        identity: { ...officer, sub: token },
        expiresAt: new Date(now + 60_000),
        sessionId: `session-${token}`,
        issuedAt: new Date(now - 1000),
      };
    },
  };

  beforeEach(() => {
    calls = 0;
  });

  it('verifies a token once while it is valid', async () => {
    const verifier = new CachingSessionVerifier(inner, 10, () => now);
    await verifier.verifySession('a');
    await verifier.verifySession('a');
    expect(calls).toBe(1);
  });

  it('refuses a cached token once it has expired, and never caches a refusal', async () => {
    const verifier = new CachingSessionVerifier(inner, 10, () => now);
    await verifier.verifySession('b');
    now += 61_000;
    await expect(verifier.verifySession('b')).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verifySession('bad')).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verifySession('bad')).rejects.toBeInstanceOf(InvalidTokenError);
    expect(calls).toBe(3);
  });

  it('forgets the oldest token beyond its capacity', async () => {
    const verifier = new CachingSessionVerifier(inner, 2, () => now);
    for (const token of ['x', 'y', 'z', 'x']) await verifier.verifySession(token);
    expect(calls).toBe(4);
  });

  it('stops serving a cached token the moment its session or principal is revoked', async () => {
    const revocations = new RevocationList(() => now);
    const verifier = new CachingSessionVerifier(inner, 10, () => now, revocations);
    await verifier.verifySession('c');
    await verifier.verifySession('d');
    await verifier.verifySession('e');
    revocations.revoke({
      principalId: 'c',
      principalKind: 'officer',
      sessionId: 'session-c',
      revokedAt: new Date(now).toISOString(),
    });
    revocations.revoke({
      principalId: 'd',
      principalKind: 'officer',
      sessionId: null,
      revokedAt: new Date(now).toISOString(),
    });
    await expect(verifier.verifySession('c')).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verifySession('d')).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verifySession('e')).resolves.toMatchObject({ sessionId: 'session-e' });
    // Verified afresh, still refused.
    await expect(verifier.verifySession('c')).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
