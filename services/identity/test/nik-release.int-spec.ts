import { randomUUID } from 'node:crypto';
import { AccessTokenVerifier, Identity } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { AccessRevoked, FamilyMemberRemoved, liveSubjects, NikReleased } from '@antrian/contracts';
import { applicantInput, errorCodes, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { startIdentityUnderTest } from './identity-under-test';
import { AuthPayload, capturingLogger, officerOf, REFRESH, REGISTER, SIGN_IN } from './identity-test-kit';

const RELEASE = `mutation ($nik: String!, $reason: String!) { releaseNik(nik: $nik, reason: $reason) }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
const MY_FAMILY = `{ me { ... on Applicant { id closedAt familyMembers { id } } } }`;
const REASON = 'KTP seen at the counter';

let memberSerial = 0;
/** A daughter born on 1 June 2001 with a NIK of her own. */
function memberInput(): Record<string, unknown> {
  memberSerial += 1;
  return {
    nik: `357801410601${String(5000 + memberSerial).padStart(4, '0')}`,
    fullName: 'Ayu Lestari',
    birthDate: '2001-06-01',
  };
}

/**
 * Anyone could claim anyone's NIK, as an account or as a family member. A SUPERVISOR (any office)
 * or an ADMIN who has seen the owner's identity card releases it: the holding account is closed or
 * the holding entry removed, the holder is told, an audit record is kept, and the owner registers.
 */
describe('identity NIK release (PostgreSQL)', () => {
  const { logger, lines } = capturingLogger('identity-release-test');
  const sut = useSubgraphUnderTest({ database: 'identity_release', logger, start: startIdentityUnderTest() });
  const { call } = sut;
  const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);
  const supervisorElsewhere = officerOf(randomUUID(), ['SUPERVISOR']);

  const registerAndSignIn = async (overrides: Record<string, unknown> = {}) => {
    const input = applicantInput(overrides);
    const registered = await call<{ registerApplicant: { id: string } }>(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const session = (await call<{ signIn: AuthPayload }>(SIGN_IN, { login: input.email, password: input.password }))
      .data!.signIn;
    return {
      input,
      id: registered.data!.registerApplicant.id,
      session,
      identity: await verifier.verify(session.accessToken),
    };
  };
  const outbox = async (subject: string, applicantId: string) =>
    (
      await sut.sql.query(`SELECT payload FROM outbox_event WHERE subject = $1 AND payload->>'applicantId' = $2`, [
        subject,
        applicantId,
      ])
    ).rows.map((row: { payload: unknown }) => row.payload);
  const viewerMessages: string[] = [];

  beforeAll(async () => {
    await sut.bus.subscribeLive('identity.live.viewer.*', (subject) => void viewerMessages.push(subject));
  });

  it('closes an account holding the NIK as its own, ends its sessions, tells its holder, and lets the owner register', async () => {
    const hoarder = await registerAndSignIn();
    const nik = String(hoarder.input.nik);
    const released = await call(RELEASE, { nik, reason: `  ${REASON} ` }, supervisorElsewhere);
    expect(released.data).toEqual({ releaseNik: true });

    // The holding account can no longer sign in or renew its session, and its access tokens stop at once.
    expect(errorCodes(await call(SIGN_IN, { login: nik, password: hoarder.input.password }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(errorCodes(await call(SIGN_IN, { login: hoarder.input.email, password: hoarder.input.password }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(errorCodes(await call(REFRESH, { token: hoarder.session.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const revoked = await sut.sql.query(
      `SELECT payload FROM outbox_event WHERE subject = $1 AND payload->>'principalId' = $2`,
      [AccessRevoked.subject, hoarder.id],
    );
    expect(revoked.rows.map((row: { payload: unknown }) => row.payload)).toEqual([
      { principalId: hoarder.id, principalKind: 'applicant', sessionId: null, revokedAt: expect.any(String) },
    ]);
    // NikReleased lets scheduling cancel the account's active bookings.
    expect(await outbox(NikReleased.subject, hoarder.id)).toEqual([
      { personId: hoarder.id, personKind: 'APPLICANT', applicantId: hoarder.id, reason: REASON },
    ]);
    // The audit record: who, when, why, which account.
    const audit = await sut.sql.query('SELECT * FROM nik_release WHERE person_id = $1', [hoarder.id]);
    expect(audit.rows).toEqual([
      expect.objectContaining({
        released_by: supervisorElsewhere.sub,
        reason: REASON,
        person_kind: 'APPLICANT',
        applicant_id: hoarder.id,
        released_at: expect.any(Date),
      }),
    ]);
    // Told: her live viewer message, a notice through the mail port; the NIK in no log line.
    await waitFor(() => viewerMessages.includes(liveSubjects.viewer(hoarder.id)) || undefined, 5000, 'viewerChanged');
    expect(lines.some((line) => line.includes('ACCOUNT_CLOSED') && line.includes(hoarder.id))).toBe(true);
    expect(lines.join('\n')).not.toContain(nik);
    expect(lines.join('\n')).not.toContain(String(hoarder.input.email));
    const me = await call<{ me: { closedAt: string | null } }>(MY_FAMILY, {}, hoarder.identity);
    expect(me.data!.me.closedAt).toEqual(expect.any(String));

    // The owner registers with her NIK; the closed account's e-mail address is free again too.
    expect((await call(REGISTER, { input: applicantInput({ nik }) })).errors).toBeUndefined();
    expect((await call(REGISTER, { input: applicantInput({ email: hoarder.input.email }) })).errors).toBeUndefined();
    // Held again, by its owner now: a third account with it is refused.
    expect(errorCodes(await call(REGISTER, { input: applicantInput({ nik }) }))).toEqual(['ALREADY_REGISTERED']);
  });

  it('removes a family entry holding the NIK, keeps the holder’s account, and lets the owner register', async () => {
    const holder = await registerAndSignIn();
    const member = memberInput();
    const added = await call<{ addFamilyMember: { id: string } }>(ADD_MEMBER, { input: member }, holder.identity);
    expect(added.errors).toBeUndefined();
    const memberId = added.data!.addFamilyMember.id;

    expect((await call(RELEASE, { nik: member.nik, reason: REASON }, officerOf(null, ['ADMIN']))).data).toEqual({
      releaseNik: true,
    });
    const family = await call<{ me: { familyMembers: { id: string }[] } }>(MY_FAMILY, {}, holder.identity);
    expect(family.data!.me.familyMembers).toEqual([]);
    expect(await outbox(NikReleased.subject, holder.id)).toEqual([
      { personId: memberId, personKind: 'FAMILY_MEMBER', applicantId: holder.id, reason: REASON },
    ]);
    expect(await outbox(FamilyMemberRemoved.subject, holder.id)).toEqual([
      { familyMemberId: memberId, applicantId: holder.id },
    ]);
    expect(lines.some((line) => line.includes('FAMILY_MEMBER_REMOVED') && line.includes(holder.id))).toBe(true);
    // The holder's account and session are untouched; the owner registers with her NIK.
    expect((await call(REFRESH, { token: holder.session.refreshToken })).errors).toBeUndefined();
    const owner = applicantInput({ nik: member.nik, fullName: 'Ayu Lestari', birthDate: '2001-06-01' });
    expect((await call(REGISTER, { input: owner })).errors).toBeUndefined();
  });

  it('removes the family entries of a closed account with it, freeing their NIKs', async () => {
    const hoarder = await registerAndSignIn();
    const member = memberInput();
    expect((await call(ADD_MEMBER, { input: member }, hoarder.identity)).errors).toBeUndefined();
    await call(RELEASE, { nik: hoarder.input.nik, reason: REASON }, supervisorElsewhere);
    expect(await outbox(FamilyMemberRemoved.subject, hoarder.id)).toHaveLength(1);
    const owner = applicantInput({ nik: member.nik, fullName: 'Ayu Lestari', birthDate: '2001-06-01' });
    expect((await call(REGISTER, { input: owner })).errors).toBeUndefined();
  });

  it('answers false for a NIK nobody holds, and refuses anyone but a SUPERVISOR or ADMIN, bad NIKs and blank reasons', async () => {
    const holder = await registerAndSignIn();
    const nik = String(holder.input.nik);
    expect((await call(RELEASE, { nik: '3505011708909999', reason: REASON }, supervisorElsewhere)).data).toEqual({
      releaseNik: false,
    });
    const reception = officerOf(randomUUID(), ['RECEPTION']);
    const kiosk: Identity = {
      sub: randomUUID(),
      kind: 'device',
      roles: [],
      officeId: randomUUID(),
      deviceKind: 'KIOSK',
    };
    for (const caller of [reception, holder.identity, kiosk]) {
      expect(errorCodes(await call(RELEASE, { nik, reason: REASON }, caller))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await call(RELEASE, { nik, reason: REASON }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await call(RELEASE, { nik: "x'--", reason: REASON }, supervisorElsewhere))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await call(RELEASE, { nik, reason: '   ' }, supervisorElsewhere))).toEqual(['BAD_USER_INPUT']);
    // Nothing happened to her account.
    expect((await call(REFRESH, { token: holder.session.refreshToken })).errors).toBeUndefined();
  });
});
