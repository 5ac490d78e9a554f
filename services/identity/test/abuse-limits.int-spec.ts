import { applicantInput, errorCodes, useSubgraphUnderTest } from '@antrian/testing';
import { startIdentityUnderTest } from './identity-under-test';
import { AuthPayload, newClientAddress, REGISTER, retryAfterSeconds, SIGN_IN } from './identity-test-kit';

const FREE_FAILURES = 3;
const MAX_DELAY_SECONDS = 2;
const ACCOUNT_ADDRESS_MAX_FAILURES = 5;
const ADDRESS_MAX_FAILURES = 12;
const REGISTRATIONS_PER_ADDRESS = 3;

/**
 * Sign-in and registration limits, with small values so that each is reached quickly: the limits
 * take their points before the password is checked, count per account (an applicant's e-mail and
 * NIK together), hold one address back without locking the owner out elsewhere, and limit what one
 * address does in all.
 */
describe('identity abuse limits (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({
    database: 'identity_limits',
    start: startIdentityUnderTest({
      SIGN_IN_FREE_FAILURES: String(FREE_FAILURES),
      SIGN_IN_DELAY_BASE_SECONDS: '1',
      SIGN_IN_DELAY_MAX_SECONDS: String(MAX_DELAY_SECONDS),
      SIGN_IN_ACCOUNT_ADDRESS_MAX_FAILURES: String(ACCOUNT_ADDRESS_MAX_FAILURES),
      SIGN_IN_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX_FAILURES),
      REGISTRATIONS_PER_ADDRESS: String(REGISTRATIONS_PER_ADDRESS),
    }),
  });
  const { call } = sut;

  const signIn = (login: string, password: string, clientAddress: string) =>
    call<{ signIn: AuthPayload }>(SIGN_IN, { login, password }, null, { clientAddress });
  const register = async () => {
    const input = applicantInput();
    const response = await call(REGISTER, { input }, null, { clientAddress: newClientAddress() });
    expect(response.errors).toBeUndefined();
    return { email: String(input.email), nik: String(input.nik), password: String(input.password) };
  };
  const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

  describe('signIn', () => {
    it('25 racing sign-ins, 24 wrong and the right one last, do not sign in', async () => {
      const owner = await register();
      const address = newClientAddress();
      const responses = await Promise.all([
        ...Array.from({ length: 24 }, () => signIn(owner.email, 'a wrong guess!', address)),
        signIn(owner.email, owner.password, address),
      ]);
      const codes = responses.map((response) => errorCodes(response)[0]);
      expect(codes[24]).toBe('RATE_LIMITED');
      expect(responses.every((response) => !response.data?.signIn)).toBe(true);
      // Only the free failures and one try after the first wait reach the password.
      expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(FREE_FAILURES + 1);
      expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(24 - FREE_FAILURES);
      for (const response of responses.filter((r) => errorCodes(r)[0] === 'RATE_LIMITED')) {
        expect(retryAfterSeconds(response)).toBeGreaterThanOrEqual(1);
      }
    });

    it('a flood from one address does not lock the owner out: she gets in from another after a short wait', async () => {
      const owner = await register();
      const attacker = newClientAddress();
      for (let round = 0; round < 3; round += 1) {
        await Promise.all(Array.from({ length: 10 }, () => signIn(owner.email, 'a wrong guess!', attacker)));
      }
      // That address is held back from this account, even with the right password...
      const fromAttacker = await signIn(owner.email, owner.password, attacker);
      expect(errorCodes(fromAttacker)).toEqual(['RATE_LIMITED']);
      expect(retryAfterSeconds(fromAttacker)).toBeGreaterThan(MAX_DELAY_SECONDS);
      // ...while the owner, from her own address and with the same login, waits at most the longest delay.
      const home = newClientAddress();
      let waited = 0;
      let response = await signIn(owner.email, owner.password, home);
      while (errorCodes(response)[0] === 'RATE_LIMITED' && waited <= MAX_DELAY_SECONDS) {
        const wait = retryAfterSeconds(response)!;
        expect(wait).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
        await sleep(wait);
        waited += wait;
        response = await signIn(owner.email, owner.password, home);
      }
      expect(response.errors).toBeUndefined();
      expect(response.data?.signIn.accessToken).toEqual(expect.any(String));
    });

    it('counts an applicant’s e-mail and NIK as one account, whatever the address', async () => {
      const owner = await register();
      for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) {
        expect(errorCodes(await signIn(owner.email, 'a wrong guess!', newClientAddress()))).toEqual([
          'UNAUTHENTICATED',
        ]);
      }
      // Past the free failures, her NIK from yet another address waits like her e-mail would.
      expect(errorCodes(await signIn(owner.nik, 'a wrong guess!', newClientAddress()))).toEqual(['UNAUTHENTICATED']);
      const held = await signIn(owner.nik, 'a wrong guess!', newClientAddress());
      expect(errorCodes(held)).toEqual(['RATE_LIMITED']);
      expect(retryAfterSeconds(held)).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
    });

    it('forgets an account’s failures once its owner signs in', async () => {
      const owner = await register();
      const address = newClientAddress();
      for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) await signIn(owner.email, 'a wrong guess!', address);
      expect((await signIn(owner.email, owner.password, address)).errors).toBeUndefined();
      for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) {
        expect(errorCodes(await signIn(owner.email, 'a wrong guess!', address))).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('limits the failures of one address over all accounts, and no other address', async () => {
      const owner = await register();
      const sprayer = newClientAddress();
      for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES; attempt += 1) {
        const unknown = `nobody-${attempt}-${Date.now()}@example.id`;
        expect(errorCodes(await signIn(unknown, 'a wrong guess!', sprayer))).toEqual(['UNAUTHENTICATED']);
      }
      const refused = await signIn(owner.email, owner.password, sprayer);
      expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
      expect(retryAfterSeconds(refused)).toBeGreaterThan(60);
      expect((await signIn(owner.email, owner.password, newClientAddress())).errors).toBeUndefined();
    });

    it('does not count the right password against the address', async () => {
      const owner = await register();
      const office = newClientAddress();
      for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES + 3; attempt += 1) {
        expect((await signIn(owner.email, owner.password, office)).errors).toBeUndefined();
      }
    });
  });

  describe('registerApplicant', () => {
    it('limits registrations per client address, refused ones included, and no other address', async () => {
      const address = newClientAddress();
      const register = (input: Record<string, unknown>, clientAddress = address) =>
        call(REGISTER, { input }, null, { clientAddress });
      expect((await register(applicantInput())).errors).toBeUndefined();
      expect(errorCodes(await register(applicantInput({ nik: '9905011708900001' })))).toEqual(['INVALID_NIK']);
      expect((await register(applicantInput())).errors).toBeUndefined();
      const before = Number((await sut.sql.query('SELECT count(*) AS n FROM applicant')).rows[0].n);
      const refused = await register(applicantInput());
      expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
      expect(retryAfterSeconds(refused)).toBeGreaterThan(60);
      expect(Number((await sut.sql.query('SELECT count(*) AS n FROM applicant')).rows[0].n)).toBe(before);
      expect((await register(applicantInput(), newClientAddress())).errors).toBeUndefined();
    });
  });
});
