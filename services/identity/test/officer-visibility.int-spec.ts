import { randomUUID } from 'node:crypto';
import { Identity } from '@antrian/auth';
import { EventEnvelope, OfficeCreated, OfficeSnapshotPayload } from '@antrian/contracts';
import { testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { startIdentityUnderTest } from './identity-under-test';

const OFFICERS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { id nip fullName lastSignInAt } } }`;

/**
 * A counter points at the officer who holds it, and anyone may read the public board: identity
 * resolves such a reference only for those who may see her (issue 7, point 3), so that no NIP
 * (her login), name or sign-in time reaches a public screen even if a counter's reference does.
 */
describe('officer references (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({ database: 'identity-officers', start: startIdentityUnderTest() });
  const officeId = randomUUID();
  let officer: { id: string; nip: string };

  beforeAll(async () => {
    const created: EventEnvelope<OfficeSnapshotPayload> = {
      id: randomUUID(),
      subject: OfficeCreated.subject,
      version: OfficeCreated.version,
      occurredAt: new Date().toISOString(),
      payload: {
        officeId,
        code: 'KDR',
        name: 'Kantor Imigrasi Kediri',
        timeZone: 'Asia/Jakarta',
        checkInOpensMinutesBefore: 60,
      },
    };
    await sut.bus.publish(created);
    const nip = '198801012015011002';
    officer = await waitFor(
      async () =>
        (
          await sut.call<{ createOfficer: { id: string } }>(
            `mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }`,
            { input: { nip, fullName: 'Petugas Loket', officeId, roles: ['RECEPTION'], password: 'officer-password' } },
            testIdentities.admin(),
          )
        ).data?.createOfficer,
      5000,
      'the officer',
    ).then(({ id }) => ({ id, nip }));
  });

  const resolved = async (caller: Identity | null) =>
    (
      await sut.call<{ _entities: ({ nip: string; fullName: string } | null)[] }>(
        OFFICERS,
        { reps: [{ __typename: 'Officer', id: officer.id }] },
        caller,
      )
    ).data?._entities;

  it('resolves to null for anonymous callers, boards, kiosks, applicants and other offices', async () => {
    const device = (deviceKind: 'BOARD' | 'KIOSK'): Identity => ({
      sub: randomUUID(),
      kind: 'device',
      roles: [],
      officeId,
      deviceKind,
    });
    for (const caller of [
      null,
      device('BOARD'),
      device('KIOSK'),
      testIdentities.applicant(),
      testIdentities.officer(randomUUID(), ['SUPERVISOR']),
    ]) {
      expect([caller?.deviceKind ?? caller?.kind ?? 'anonymous', await resolved(caller)]).toEqual([
        caller?.deviceKind ?? caller?.kind ?? 'anonymous',
        [null],
      ]);
    }
  });

  it('resolves for her colleagues, herself and a national administrator', async () => {
    const self: Identity = { sub: officer.id, kind: 'officer', roles: ['RECEPTION'], officeId };
    for (const caller of [testIdentities.officer(officeId, ['INTERVIEW']), self, testIdentities.admin()]) {
      expect(await resolved(caller)).toEqual([
        { id: officer.id, nip: officer.nip, fullName: 'Petugas Loket', lastSignInAt: null },
      ]);
    }
  });
});
