import { randomUUID } from 'node:crypto';
import { AccessTokenVerifier, Identity } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { AccessRevoked, AccessRevokedPayload } from '@antrian/contracts';
import { applicantInput, errorCodes, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { SessionsService } from '../src/sessions/sessions.service';
import { startIdentityUnderTest } from './identity-under-test';
import { AuthPayload, officeCreated, officerOf, REFRESH, REGISTER, SIGN_IN } from './identity-test-kit';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();

const SIGN_OUT = `mutation { signOut }`;
const CREATE_OFFICER = `mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }`;
const OFFICERS = `query ($officeId: ID!) { officers(officeId: $officeId) { id nip roles active } }`;
const SET_ROLES = `mutation ($officerId: ID!, $roles: [OfficerRole!]!) {
  setOfficerRoles(officerId: $officerId, roles: $roles) { id roles active }
}`;
const DEACTIVATE = `mutation ($officerId: ID!) { deactivateOfficer(officerId: $officerId) { id active } }`;
const REGISTER_DEVICE = `mutation ($input: RegisterDeviceInput!) {
  registerDevice(input: $input) { device { id } credentials { accessToken refreshToken } }
}`;
const DEVICES = `query ($officeId: ID!) { devices(officeId: $officeId) { id kind name revokedAt } }`;
const REVOKE_DEVICE = `mutation ($deviceId: ID!) { revokeDevice(deviceId: $deviceId) { id revokedAt } }`;

/**
 * Sessions end: signing out ends one, revoking a device or deactivating an officer ends all of
 * theirs, and each writes AccessRevoked with the change so that every gateway refuses the access
 * tokens at once; a session also ends at its maximum lifetime, however often it is renewed.
 */
describe('identity sessions and revocation (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({ database: 'identity_sessions', start: startIdentityUnderTest() });
  const { call } = sut;
  const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);
  const admin = officerOf(null, ['ADMIN']);
  const supervisorA = officerOf(OFFICE_A, ['SUPERVISOR']);
  const supervisorB = officerOf(OFFICE_B, ['SUPERVISOR']);

  const signIn = async (login: string, password: string): Promise<AuthPayload & { identity: Identity }> => {
    const response = await call<{ signIn: AuthPayload }>(SIGN_IN, { login, password });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.signIn;
    return { ...payload, identity: await verifier.verify(payload.accessToken) };
  };
  const refresh = (token: string) => call<{ refreshSession: AuthPayload }>(REFRESH, { token });
  const newApplicant = async () => {
    const input = applicantInput();
    expect((await call(REGISTER, { input })).errors).toBeUndefined();
    return { login: String(input.email), password: String(input.password) };
  };
  let nipSerial = 100;
  const newOfficer = async (officeId: string, roles: string[]) => {
    nipSerial += 1;
    const nip = `19900101202001${nipSerial % 2 ? 1 : 2}${String(nipSerial).padStart(3, '0')}`;
    const created = await call<{ createOfficer: { id: string } }>(
      CREATE_OFFICER,
      { input: { nip, fullName: 'Rina Petugas', officeId, roles, password: 'officer-password' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createOfficer.id, nip, password: 'officer-password' };
  };
  const revocations = async (principalId: string): Promise<AccessRevokedPayload[]> =>
    (
      await sut.sql.query(`SELECT payload FROM outbox_event WHERE subject = $1 AND payload->>'principalId' = $2`, [
        AccessRevoked.subject,
        principalId,
      ])
    ).rows.map((row: { payload: AccessRevokedPayload }) => row.payload);

  beforeAll(async () => {
    for (const officeId of [OFFICE_A, OFFICE_B]) await sut.bus.publish(officeCreated(officeId));
    await waitFor(
      async () =>
        Number((await sut.sql.query('SELECT count(*) AS n FROM office_copy')).rows[0].n) === 2 ? true : undefined,
      5000,
      'identity to know both offices',
    );
  });

  describe('access tokens', () => {
    it('name their session: the refresh-token family, the same across renewals', async () => {
      const session = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      const { sessionId, issuedAt } = await verifier.verifySession(session.accessToken);
      const family = await sut.sql.query('SELECT DISTINCT family_id FROM refresh_token WHERE principal_id = $1', [
        session.identity.sub,
      ]);
      expect(family.rows).toEqual([{ family_id: sessionId }]);
      expect(Math.abs(issuedAt.getTime() - Date.now())).toBeLessThan(60_000);
      const renewed = (await refresh(session.refreshToken)).data!.refreshSession;
      expect((await verifier.verifySession(renewed.accessToken)).sessionId).toBe(sessionId);
    });
  });

  describe('signOut', () => {
    it('ends the caller’s session and announces it, leaving her other sessions alone', async () => {
      const applicant = await newApplicant();
      const phone = await signIn(applicant.login, applicant.password);
      const laptop = await signIn(applicant.login, applicant.password);
      const signedOut = await call<{ signOut: boolean }>(SIGN_OUT, {}, phone.identity);
      expect(signedOut.data).toEqual({ signOut: true });
      expect(errorCodes(await refresh(phone.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect((await refresh(laptop.refreshToken)).errors).toBeUndefined();
      expect(await revocations(phone.identity.sub)).toEqual([
        {
          principalId: phone.identity.sub,
          principalKind: 'applicant',
          sessionId: phone.identity.sessionId,
          revokedAt: expect.any(String),
        },
      ]);
      // Signing out again ends nothing more and announces nothing more.
      expect((await call(SIGN_OUT, {}, phone.identity)).data).toEqual({ signOut: false });
      expect(await revocations(phone.identity.sub)).toHaveLength(1);
    });

    it('cannot end someone else’s session, and asks anonymous callers to sign in', async () => {
      const victim = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      const intruder: Identity = { ...victim.identity, sub: randomUUID() };
      expect((await call(SIGN_OUT, {}, intruder)).data).toEqual({ signOut: false });
      expect((await refresh(victim.refreshToken)).errors).toBeUndefined();
      expect(errorCodes(await call(SIGN_OUT))).toEqual(['UNAUTHENTICATED']);
    });

    it('ends a session whose refresh token was used twice, and announces that too', async () => {
      const session = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      await refresh(session.refreshToken);
      expect(errorCodes(await refresh(session.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect(await revocations(session.identity.sub)).toEqual([
        expect.objectContaining({ sessionId: session.identity.sessionId }),
      ]);
    });
  });

  describe('maximum session lifetime', () => {
    const refreshAt = (token: string, at: Date) => sut.subgraph.app.get(SessionsService).refresh(token, at);

    it('ends an officer’s session 12 hours after sign-in, however often it was renewed', async () => {
      const officer = await newOfficer(OFFICE_A, ['RECEPTION']);
      const session = await signIn(officer.nip, officer.password);
      const start = Date.now();
      const renewed = await refreshAt(session.refreshToken, new Date(start + 6 * HOUR));
      const renewedAgain = await refreshAt(renewed.refreshToken, new Date(start + 11 * HOUR));
      await expect(refreshAt(renewedAgain.refreshToken, new Date(start + 12 * HOUR + 60_000))).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('ends an applicant’s session after 30 days, however often it was renewed', async () => {
      const session = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      const start = Date.now();
      let token = session.refreshToken;
      for (const day of [10, 20, 29]) token = (await refreshAt(token, new Date(start + day * DAY))).refreshToken;
      await expect(refreshAt(token, new Date(start + 30 * DAY + 60_000))).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('ends a session the previous version started (no stored end) 30 days after its first token', async () => {
      const old = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      const recent = await signIn(...(Object.values(await newApplicant()) as [string, string]));
      await sut.sql.query(
        `UPDATE refresh_token SET family_expires_at = NULL, created_at = now() - interval '31 days' WHERE principal_id = $1`,
        [old.identity.sub],
      );
      await sut.sql.query(`UPDATE refresh_token SET family_expires_at = NULL WHERE principal_id = $1`, [
        recent.identity.sub,
      ]);
      expect(errorCodes(await refresh(old.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect((await refresh(recent.refreshToken)).errors).toBeUndefined();
      const ends = await sut.sql.query(
        `SELECT family_expires_at FROM refresh_token WHERE principal_id = $1 AND used_at IS NULL`,
        [recent.identity.sub],
      );
      expect(ends.rows[0].family_expires_at.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    });

    it('lets a device renew its session for as long as it is not revoked', async () => {
      const registered = await call<{ registerDevice: { credentials: AuthPayload } }>(
        REGISTER_DEVICE,
        { input: { officeId: OFFICE_A, kind: 'BOARD', name: 'Board in the hall' } },
        supervisorA,
      );
      let token = registered.data!.registerDevice.credentials.refreshToken;
      const start = Date.now();
      for (const day of [20, 40, 60, 80, 100])
        token = (await refreshAt(token, new Date(start + day * DAY))).refreshToken;
      expect(token).toEqual(expect.any(String));
    });
  });

  describe('revokeDevice and devices', () => {
    it('stops a kiosk at once: its session ends, it is announced, and its office’s supervisor sees it revoked', async () => {
      const registered = await call<{ registerDevice: { device: { id: string }; credentials: AuthPayload } }>(
        REGISTER_DEVICE,
        { input: { officeId: OFFICE_A, kind: 'KIOSK', name: 'Kiosk at the entrance' } },
        supervisorA,
      );
      const { device, credentials } = registered.data!.registerDevice;
      expect(errorCodes(await call(REVOKE_DEVICE, { deviceId: device.id }, supervisorB))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await call(REVOKE_DEVICE, { deviceId: device.id }, officerOf(OFFICE_A, ['RECEPTION']))),
      ).toEqual(['FORBIDDEN']);
      const revoked = await call<{ revokeDevice: { id: string; revokedAt: string } }>(
        REVOKE_DEVICE,
        { deviceId: device.id },
        supervisorA,
      );
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data!.revokeDevice.revokedAt).toEqual(expect.any(String));
      expect(errorCodes(await refresh(credentials.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect(await revocations(device.id)).toEqual([
        { principalId: device.id, principalKind: 'device', sessionId: null, revokedAt: expect.any(String) },
      ]);
      const listed = await call<{ devices: { id: string; revokedAt: string | null }[] }>(
        DEVICES,
        { officeId: OFFICE_A },
        supervisorA,
      );
      expect(listed.data!.devices).toContainEqual(
        expect.objectContaining({ id: device.id, revokedAt: expect.any(String) }),
      );
      // Revoked again by an ADMIN: nothing more happens.
      expect((await call(REVOKE_DEVICE, { deviceId: device.id }, admin)).errors).toBeUndefined();
      expect(await revocations(device.id)).toHaveLength(1);
    });

    it('lists an office’s devices to its supervisor and ADMINs only, and refuses ids that are not ids', async () => {
      expect((await call(DEVICES, { officeId: OFFICE_A }, admin)).errors).toBeUndefined();
      expect(errorCodes(await call(DEVICES, { officeId: OFFICE_A }, supervisorB))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(DEVICES, { officeId: OFFICE_A }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(REVOKE_DEVICE, { deviceId: "x'--" }, admin))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(REVOKE_DEVICE, { deviceId: randomUUID() }, admin))).toEqual(['NOT_FOUND']);
    });
  });

  describe('deactivateOfficer, setOfficerRoles and officers', () => {
    it('stops a deactivated officer at once: no sign-in, no renewal, announced', async () => {
      const officer = await newOfficer(OFFICE_A, ['INTERVIEW']);
      const session = await signIn(officer.nip, officer.password);
      const deactivated = await call(DEACTIVATE, { officerId: officer.id }, supervisorA);
      expect(deactivated.data).toEqual({ deactivateOfficer: { id: officer.id, active: false } });
      expect(errorCodes(await refresh(session.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(SIGN_IN, { login: officer.nip, password: officer.password }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(await revocations(officer.id)).toEqual([
        { principalId: officer.id, principalKind: 'officer', sessionId: null, revokedAt: expect.any(String) },
      ]);
      const listed = await call<{ officers: { id: string; active: boolean }[] }>(
        OFFICERS,
        { officeId: OFFICE_A },
        supervisorA,
      );
      expect(listed.data!.officers).toContainEqual(expect.objectContaining({ id: officer.id, active: false }));
    });

    it('keeps a SUPERVISOR to her own office’s officers, never an ADMIN and never herself', async () => {
      const officerOfB = await newOfficer(OFFICE_B, ['PICKUP']);
      expect(errorCodes(await call(DEACTIVATE, { officerId: officerOfB.id }, supervisorA))).toEqual(['FORBIDDEN']);
      const adminRow = await sut.sql.query(`SELECT id FROM officer WHERE 'ADMIN' = ANY (roles) LIMIT 1`);
      expect(errorCodes(await call(DEACTIVATE, { officerId: adminRow.rows[0].id }, supervisorA))).toEqual([
        'FORBIDDEN',
      ]);
      const supervisor = await newOfficer(OFFICE_A, ['SUPERVISOR']);
      const herself = (await signIn(supervisor.nip, supervisor.password)).identity;
      expect(errorCodes(await call(DEACTIVATE, { officerId: supervisor.id }, herself))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(OFFICERS, { officeId: OFFICE_B }, supervisorA))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await call(DEACTIVATE, { officerId: officerOfB.id }, officerOf(OFFICE_B, ['RECEPTION']))),
      ).toEqual(['FORBIDDEN']);
      expect((await call(DEACTIVATE, { officerId: officerOfB.id }, admin)).errors).toBeUndefined();
    });

    it('changes an officer’s roles: her current tokens stop, her next renewal carries the new roles', async () => {
      const officer = await newOfficer(OFFICE_A, ['RECEPTION']);
      const session = await signIn(officer.nip, officer.password);
      const changed = await call(SET_ROLES, { officerId: officer.id, roles: ['RECEPTION', 'SUPERVISOR'] }, supervisorA);
      expect(changed.data).toEqual({
        setOfficerRoles: { id: officer.id, roles: ['RECEPTION', 'SUPERVISOR'], active: true },
      });
      expect(await revocations(officer.id)).toEqual([expect.objectContaining({ sessionId: null })]);
      const renewed = (await refresh(session.refreshToken)).data!.refreshSession;
      expect((await verifier.verify(renewed.accessToken)).roles).toEqual(['RECEPTION', 'SUPERVISOR']);
      expect(errorCodes(await call(SET_ROLES, { officerId: officer.id, roles: ['ADMIN'] }, supervisorA))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await call(SET_ROLES, { officerId: officer.id, roles: [] }, supervisorA))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(SET_ROLES, { officerId: officer.id, roles: ['PICKUP'] }, supervisorB))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });
});
