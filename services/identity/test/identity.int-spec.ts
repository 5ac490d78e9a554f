import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, AccessTokenVerifier } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import {
  ApplicantRegistered,
  EventEnvelope,
  OfficeCreated,
  OfficeSnapshotPayload,
  OfficerCreated,
} from '@antrian/contracts';
import {
  applicantInput,
  captureLogs,
  errorCodes,
  postGraphQL,
  testIdentities,
  useSubgraphUnderTest,
  waitFor,
} from '@antrian/testing';
import { OFFICE_EVENTS_CONSUMER, OfficeEventsConsumer } from '../src/offices/office-events.consumer';
import { startIdentityUnderTest } from './identity-under-test';

const ADMIN_NIP = DEV_SECRETS.BOOTSTRAP_ADMIN_NIP;
const OFFICE_A = '0a000000-0000-4000-8000-000000000001';
const OFFICE_B = '0b000000-0000-4000-8000-000000000002';

const REGISTER = `mutation ($input: RegisterApplicantInput!) {
  registerApplicant(input: $input) { id nik fullName birthDate email phone }
}`;
const SIGN_IN = `mutation ($login: String!, $password: String!) {
  signIn(input: { login: $login, password: $password }) { accessToken refreshToken expiresAt }
}`;
const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const ME = `{ me { __typename ... on Applicant { id nik fullName } ... on Officer { id nip roles officeId } } }`;
const CREATE_OFFICER = `mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { id nip roles officeId } }`;

/** What scheduling publishes when an ADMIN creates an office. */
function officeCreated(officeId: string): EventEnvelope<OfficeSnapshotPayload> {
  return {
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
}

describe('identity subgraph (PostgreSQL)', () => {
  const logs = captureLogs('identity-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'identity',
    logger: logs.logger,
    observe: [ApplicantRegistered.subject],
    start: startIdentityUnderTest({ SIGN_IN_ACCOUNT_ADDRESS_MAX_FAILURES: '3' }),
  });
  const { call, published } = sut;
  const verifier = new AccessTokenVerifier(DEV_SECRETS.AUTH_PUBLIC_KEY);

  const signIn = async (login: string, password: string) => {
    const response = await call(SIGN_IN, { login, password });
    const payload = (response.data as { signIn: { accessToken: string; refreshToken: string } } | null)?.signIn;
    return { response, payload, identity: payload ? await verifier.verify(payload.accessToken) : null };
  };
  const count = async (table: string) => Number((await sut.sql.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const scalar = async (query: string, params: unknown[]) => Number((await sut.sql.query(query, params)).rows[0].n);
  /** Scheduling announces an office on the bus; identity knows it once its consumer has copied it. */
  const announceOffice = async (officeId: string) => {
    await sut.bus.publish(officeCreated(officeId));
    await waitFor(
      async () =>
        (await scalar('SELECT count(*) AS n FROM office_copy WHERE id = $1', [officeId])) ? true : undefined,
      5000,
      `identity to know office ${officeId}`,
    );
  };

  describe('registerApplicant', () => {
    it('registers an applicant, hashes the password and announces it through the outbox', async () => {
      const input = applicantInput({ email: 'Siti.Rahayu@Example.ID' });
      const response = await call(REGISTER, { input });
      expect(response.errors).toBeUndefined();
      const applicant = (response.data as { registerApplicant: Record<string, string> }).registerApplicant;
      // Nobody is signed in, so the NIK comes back masked.
      expect(applicant).toMatchObject({
        fullName: 'Siti Rahayu',
        email: 'siti.rahayu@example.id',
        phone: '+6281234567890',
      });
      expect(applicant.nik).toBe(`${String(input.nik).slice(0, 4)}**********${String(input.nik).slice(-2)}`);
      const row = (await sut.sql.query('SELECT password_hash FROM applicant WHERE id = $1', [applicant.id])).rows[0];
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const event = await waitFor(
        () => published.find((e) => (e.payload as { applicantId: string }).applicantId === applicant.id),
        5000,
        'the applicant.registered event',
      );
      expect(event).toMatchObject({ subject: 'identity.applicant.registered', version: 1 });
      // Her birth date and her sex (from the NIK: a man's) for priority checks, never her NIK or name; and
      // she may book at once, e-mail confirmation being off here (the default outside production).
      expect(event.payload).toEqual({
        applicantId: applicant.id,
        birthDate: '1990-08-17',
        sex: 'M',
        emailConfirmed: true,
      });
    });

    it.each([
      [{ nik: '3505011708900' }, 'INVALID_NIK'],
      [{ nik: '9905011708900001' }, 'INVALID_NIK'],
      [{ nik: '3505011808900001' }, 'INVALID_NIK'],
      [{ email: 'not-an-email' }, 'BAD_USER_INPUT'],
      [{ phone: '12345' }, 'BAD_USER_INPUT'],
      [{ password: 'short' }, 'BAD_USER_INPUT'],
      [{ birthDate: '1990-02-30' }, 'BAD_USER_INPUT'],
      [{ nik: '3505011708990001', birthDate: '2099-08-17' }, 'BAD_USER_INPUT'],
    ])('refuses %p with %s and writes nothing', async (overrides, code) => {
      const before = await count('applicant');
      const response = await call(REGISTER, { input: applicantInput(overrides) });
      expect(errorCodes(response)).toEqual([code]);
      expect(await count('applicant')).toBe(before);
    });

    it('refuses a second account for the same NIK or e-mail, without leaking SQL', async () => {
      const input = applicantInput();
      expect((await call(REGISTER, { input })).errors).toBeUndefined();
      const sameNik = await call(REGISTER, { input: applicantInput({ nik: input.nik }) });
      const sameEmail = await call(REGISTER, { input: applicantInput({ email: input.email }) });
      expect(errorCodes(sameNik)).toEqual(['ALREADY_REGISTERED']);
      expect(errorCodes(sameEmail)).toEqual(['ALREADY_REGISTERED']);
      expect(JSON.stringify(sameNik)).not.toMatch(/duplicate key|constraint|applicant_nik/);
    });

    it('gives a NIK to exactly one of many racing registrations', async () => {
      const nik = String(applicantInput().nik);
      const responses = await Promise.all(
        Array.from({ length: 12 }, () => call(REGISTER, { input: applicantInput({ nik }) })),
      );
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(responses.filter((r) => errorCodes(r)[0] === 'ALREADY_REGISTERED')).toHaveLength(11);
      expect(Number((await sut.sql.query('SELECT count(*) AS n FROM applicant WHERE nik = $1', [nik])).rows[0].n)).toBe(
        1,
      );
    });
  });

  describe('signIn, refreshSession and me', () => {
    it('signs an applicant in by e-mail or NIK and shows her her whole NIK', async () => {
      const input = applicantInput();
      await call(REGISTER, { input });
      const byEmail = await signIn(String(input.email).toUpperCase(), String(input.password));
      const byNik = await signIn(String(input.nik), String(input.password));
      expect(byEmail.identity).toMatchObject({ kind: 'applicant', roles: [], emailConfirmed: true });
      expect(byNik.identity?.sub).toBe(byEmail.identity?.sub);
      const me = await call(ME, {}, byNik.identity);
      expect(me.data).toEqual({
        me: { __typename: 'Applicant', id: byNik.identity?.sub, nik: input.nik, fullName: 'Siti Rahayu' },
      });
      expect((await call(ME)).data).toEqual({ me: null });
    });

    it('signs the bootstrap ADMIN in by NIP', async () => {
      const admin = await signIn(ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
      expect(admin.identity).toMatchObject({ kind: 'officer', roles: ['ADMIN'], officeId: null });
      expect((await call(ME, {}, admin.identity)).data).toMatchObject({
        me: { __typename: 'Officer', nip: ADMIN_NIP },
      });
    });

    it('refuses a wrong password, and locks the login after repeated failures even for the right one', async () => {
      const input = applicantInput();
      await call(REGISTER, { input });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect(errorCodes((await signIn(String(input.email), 'wrong password!')).response)).toEqual([
          'UNAUTHENTICATED',
        ]);
      }
      const locked = await signIn(String(input.email), String(input.password));
      expect(errorCodes(locked.response)).toEqual(['RATE_LIMITED']);
      // Another login is not affected.
      const other = applicantInput();
      await call(REGISTER, { input: other });
      expect((await signIn(String(other.email), String(other.password))).payload).toBeDefined();
    });

    it('rotates refresh tokens, and a reused one ends the whole session', async () => {
      const input = applicantInput();
      await call(REGISTER, { input });
      const first = (await signIn(String(input.email), String(input.password))).payload!;
      const rotated = await call(REFRESH, { token: first.refreshToken });
      const second = (rotated.data as { refreshSession: { accessToken: string; refreshToken: string } }).refreshSession;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await verifier.verify(second.accessToken)).kind).toBe('applicant');
      // The first token again: someone replays it. Both it and its successor stop working.
      expect(errorCodes(await call(REFRESH, { token: first.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(REFRESH, { token: second.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(REFRESH, { token: 'made-up' }))).toEqual(['UNAUTHENTICATED']);
    });

    it('gives one refresh token one successor when it is raced', async () => {
      const input = applicantInput();
      await call(REGISTER, { input });
      const { refreshToken } = (await signIn(String(input.email), String(input.password))).payload!;
      const responses = await Promise.all(Array.from({ length: 8 }, () => call(REFRESH, { token: refreshToken })));
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    });
  });

  describe('createOfficer', () => {
    let admin: Identity;
    let supervisorA: Identity;

    beforeAll(async () => {
      admin = (await signIn(ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD)).identity!;
      await announceOffice(OFFICE_A);
      const created = await call(
        CREATE_OFFICER,
        {
          input: {
            nip: '198505052010012001',
            fullName: 'Dewi Supervisor',
            officeId: OFFICE_A,
            roles: ['SUPERVISOR'],
            password: 'supervisor-password',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      supervisorA = (await signIn('198505052010012001', 'supervisor-password')).identity!;
    });

    it('lets a SUPERVISOR create officers of her own office only', async () => {
      const own = await call(
        CREATE_OFFICER,
        {
          input: {
            nip: '199001012015011002',
            fullName: 'Budi',
            officeId: OFFICE_A,
            roles: ['RECEPTION', 'INTERVIEW'],
            password: 'reception-password',
          },
        },
        supervisorA,
      );
      expect(own.data).toMatchObject({ createOfficer: { roles: ['RECEPTION', 'INTERVIEW'], officeId: OFFICE_A } });
      const other = await call(
        CREATE_OFFICER,
        {
          input: {
            nip: '199001012015011003',
            fullName: 'Agus',
            officeId: OFFICE_B,
            roles: ['RECEPTION'],
            password: 'reception-password',
          },
        },
        supervisorA,
      );
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    });

    it('refuses anonymous callers, applicants, bad NIPs and duplicates', async () => {
      const input = {
        nip: '199101012016011004',
        fullName: 'Rina',
        officeId: OFFICE_A,
        roles: ['PICKUP'],
        password: 'pickup-password',
      };
      expect(errorCodes(await call(CREATE_OFFICER, { input }))).toEqual(['UNAUTHENTICATED']);
      const applicant: Identity = {
        sub: '11111111-1111-4111-8111-111111111111',
        kind: 'applicant',
        roles: [],
        officeId: null,
      };
      expect(errorCodes(await call(CREATE_OFFICER, { input }, applicant))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CREATE_OFFICER, { input: { ...input, nip: '123' } }, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(CREATE_OFFICER, { input: { ...input, roles: ['JANITOR'] } }, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect((await call(CREATE_OFFICER, { input }, admin)).errors).toBeUndefined();
      expect(errorCodes(await call(CREATE_OFFICER, { input }, admin))).toEqual(['ALREADY_REGISTERED']);
    });

    it('refuses an office scheduling has not announced with NOT_FOUND and writes nothing, then accepts it once announced', async () => {
      const officeId = randomUUID();
      const input = {
        nip: '199202022017011006',
        fullName: 'Wayan',
        officeId,
        roles: ['INTERVIEW'],
        password: 'interview-password',
      };
      const officerCreatedEvents = () =>
        scalar('SELECT count(*) AS n FROM outbox_event WHERE subject = $1', [OfficerCreated.subject]);
      const [officersBefore, eventsBefore] = [await count('officer'), await officerCreatedEvents()];
      const refused = await call(CREATE_OFFICER, { input }, admin);
      expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
      expect(refused.errors?.[0].message).toBe('Kantor tidak ditemukan.');
      expect(await count('officer')).toBe(officersBefore);
      expect(await officerCreatedEvents()).toBe(eventsBefore);

      await announceOffice(officeId);
      const created = await call(CREATE_OFFICER, { input }, admin);
      expect(created.errors).toBeUndefined();
      expect(created.data).toMatchObject({ createOfficer: { nip: input.nip, officeId, roles: ['INTERVIEW'] } });
      expect(await count('officer')).toBe(officersBefore + 1);
    });

    it('still lets an ADMIN create a national ADMIN, who has no office', async () => {
      const response = await call(
        CREATE_OFFICER,
        {
          input: {
            nip: '197505052000011007',
            fullName: 'Hendra Admin',
            officeId: null,
            roles: ['ADMIN'],
            password: 'national-admin-password',
          },
        },
        admin,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ createOfficer: { roles: ['ADMIN'], officeId: null } });
    });

    it('copies an office once, however often its OfficeCreated event is delivered', async () => {
      const consumer = sut.subgraph.app.get(OfficeEventsConsumer);
      const event = officeCreated(randomUUID());
      const copies = () => scalar('SELECT count(*) AS n FROM office_copy WHERE id = $1', [event.payload.officeId]);
      const inboxRecords = () =>
        scalar('SELECT count(*) AS n FROM inbox_event WHERE consumer = $1 AND event_id = $2', [
          OFFICE_EVENTS_CONSUMER,
          event.id,
        ]);
      // The bus delivers it; then the same event again, as after a lost acknowledgement, twice at once.
      await sut.bus.publish(event);
      await waitFor(async () => ((await copies()) ? true : undefined), 5000, 'the office copy');
      expect(await Promise.all([consumer.handle(event), consumer.handle(event)])).toEqual([false, false]);
      expect(await copies()).toBe(1);
      expect(await inboxRecords()).toBe(1);
      // An event of a version identity does not understand changes nothing.
      const unknown = { ...officeCreated(randomUUID()), version: 2 };
      expect(await consumer.handle(unknown)).toBe(false);
      expect(await scalar('SELECT count(*) AS n FROM office_copy WHERE id = $1', [unknown.payload.officeId])).toBe(0);
    });
  });

  describe('registerDevice', () => {
    const REGISTER_DEVICE = `mutation ($input: RegisterDeviceInput!) {
      registerDevice(input: $input) { device { id officeId kind name } credentials { accessToken refreshToken } }
    }`;

    beforeAll(() => announceOffice(OFFICE_A));

    it('gives a kiosk of her office a session that names only the office and the kind of device', async () => {
      const supervisor: Identity = {
        sub: '22222222-2222-4222-8222-222222222222',
        kind: 'officer',
        roles: ['SUPERVISOR'],
        officeId: OFFICE_A,
      };
      const response = await call(
        REGISTER_DEVICE,
        { input: { officeId: OFFICE_A, kind: 'KIOSK', name: 'Kiosk at the entrance' } },
        supervisor,
      );
      expect(response.errors).toBeUndefined();
      const { device, credentials } = (
        response.data as {
          registerDevice: { device: { id: string }; credentials: { accessToken: string; refreshToken: string } };
        }
      ).registerDevice;
      expect(await verifier.verify(credentials.accessToken)).toEqual({
        sub: device.id,
        kind: 'device',
        roles: [],
        officeId: OFFICE_A,
        deviceKind: 'KIOSK',
        sessionId: expect.any(String),
      });
      const renewed = await call(REFRESH, { token: credentials.refreshToken });
      const next = (renewed.data as { refreshSession: { accessToken: string } }).refreshSession;
      expect((await verifier.verify(next.accessToken)).deviceKind).toBe('KIOSK');
    });

    it('refuses another office’s supervisor, officers without SUPERVISOR and anonymous callers', async () => {
      const input = { officeId: OFFICE_A, kind: 'BOARD', name: 'Board in the hall' };
      const otherSupervisor: Identity = {
        sub: '33333333-3333-4333-8333-333333333333',
        kind: 'officer',
        roles: ['SUPERVISOR'],
        officeId: OFFICE_B,
      };
      const reception: Identity = {
        sub: '44444444-4444-4444-8444-444444444444',
        kind: 'officer',
        roles: ['RECEPTION'],
        officeId: OFFICE_A,
      };
      expect(errorCodes(await call(REGISTER_DEVICE, { input }, otherSupervisor))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(REGISTER_DEVICE, { input }, reception))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(REGISTER_DEVICE, { input }))).toEqual(['UNAUTHENTICATED']);
      expect(
        errorCodes(await call(REGISTER_DEVICE, { input: { ...input, kind: 'TOASTER' } }, otherSupervisor)),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses an office scheduling has not announced with NOT_FOUND and writes nothing, then accepts it once announced', async () => {
      const officeId = randomUUID();
      const input = { officeId, kind: 'KIOSK', name: 'Kiosk at the entrance' };
      const admin: Identity = { sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null };
      const supervisor: Identity = { sub: randomUUID(), kind: 'officer', roles: ['SUPERVISOR'], officeId };
      const [devicesBefore, tokensBefore] = [await count('device'), await count('refresh_token')];
      for (const caller of [admin, supervisor]) {
        const refused = await call(REGISTER_DEVICE, { input }, caller);
        expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
        expect(refused.errors?.[0].message).toBe('Kantor tidak ditemukan.');
      }
      expect([await count('device'), await count('refresh_token')]).toEqual([devicesBefore, tokensBefore]);
      // The permission checks come first: another office's supervisor learns nothing about the office.
      expect(errorCodes(await call(REGISTER_DEVICE, { input }, { ...supervisor, officeId: OFFICE_A }))).toEqual([
        'FORBIDDEN',
      ]);

      await announceOffice(officeId);
      const registered = await call(REGISTER_DEVICE, { input }, supervisor);
      expect(registered.errors).toBeUndefined();
      expect(registered.data).toMatchObject({ registerDevice: { device: { officeId, kind: 'KIOSK' } } });
      expect(await count('device')).toBe(devicesBefore + 1);
    });
  });

  describe('federation and trust', () => {
    it('resolves applicant references in one batch, masking the NIK for anyone but its owner (ADMIN included)', async () => {
      const inputs = [applicantInput(), applicantInput()];
      const ids: string[] = [];
      for (const input of inputs) {
        ids.push(
          ((await call(REGISTER, { input })).data as { registerApplicant: { id: string } }).registerApplicant.id,
        );
      }
      const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Applicant { id nik } } }`;
      const reps = ids.map((id) => ({ __typename: 'Applicant', id }));
      const owner: Identity = { sub: ids[0], kind: 'applicant', roles: [], officeId: null };
      const entities = (await call(query, { reps }, owner)).data as { _entities: { id: string; nik: string }[] };
      expect(entities._entities[0].nik).toBe(inputs[0].nik);
      expect(entities._entities[1].nik).toMatch(/^\d{4}\*{10}\d{2}$/);
      // A national administrator belongs to no office and serves nobody: masked, like an officer no office of whom serves them.
      const admin: Identity = { sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null };
      const officer: Identity = { sub: randomUUID(), kind: 'officer', roles: ['SUPERVISOR'], officeId: randomUUID() };
      for (const caller of [admin, officer]) {
        const seen = (await call(query, { reps }, caller)).data as { _entities: { id: string; nik: string }[] };
        expect(seen._entities.map((e) => e.nik)).toEqual(
          inputs.map(({ nik }) => `${String(nik).slice(0, 4)}**********${String(nik).slice(-2)}`),
        );
      }
      const anonymous = await call(query, { reps });
      expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');
    });

    it('refuses an identity header the gateway did not sign', async () => {
      const forged = Buffer.from(
        JSON.stringify({
          sub: 'x',
          kind: 'officer',
          roles: ['ADMIN'],
          officeId: null,
          iat: Math.floor(Date.now() / 1000),
        }),
      ).toString('base64url');
      const response = await postGraphQL(sut.subgraph.url, ME, {}, { [IDENTITY_HEADER]: `${forged}.bm90LXNpZ25lZA` });
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data ?? null).toBeNull();
    });
  });
  describe('bad input', () => {
    const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id fullName } }`;

    it('refuses impossible and pre-1900 birth dates, NUL and hidden characters as BAD_USER_INPUT', async () => {
      const errorsBefore = logs.errors().length;
      const refused = [
        applicantInput({ birthDate: '1990-02-30' }),
        applicantInput({ fullName: 'Siti\u0000Rahayu' }),
        applicantInput({ fullName: 'Siti \u202eayuhaR' }),
        applicantInput({ fullName: 'Siti\u200bRahayu' }),
        applicantInput({ password: 'correct horse\u0000battery' }),
        applicantInput({ nik: '3505011708990001', birthDate: '1899-08-17' }),
      ];
      for (const input of refused) expect(errorCodes(await call(REGISTER, { input }))).toEqual(['BAD_USER_INPUT']);
      const literal = await call(
        `mutation { registerApplicant(input: { nik: "3505011708900001", fullName: "Siti", birthDate: "1990-02-30",
          email: "siti@example.id", password: "correct horse battery" }) { id } }`,
      );
      expect(errorCodes(literal)).toEqual(['BAD_USER_INPUT']);
      const emails = [...refused.map((input) => input.email), 'siti@example.id'];
      expect(await scalar('SELECT count(*) AS n FROM applicant WHERE email = ANY($1)', [emails])).toBe(0);
      const admin = testIdentities.admin();
      const officer = {
        nip: '199001012020012099',
        fullName: 'Petugas',
        roles: ['RECEPTION'],
        password: 'long enough pass',
      };
      expect(errorCodes(await call(CREATE_OFFICER, { input: { ...officer, officeId: "x'--" } }, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(logs.errors().slice(errorsBefore)).toEqual([]);
    });

    it('stores names in NFC, for applicants and family members alike', async () => {
      const input = applicantInput({ fullName: 'Rene\u0301 Rahayu' });
      const registered = await call<{ registerApplicant: { id: string } }>(REGISTER, { input });
      expect(registered.errors).toBeUndefined();
      const id = registered.data!.registerApplicant.id;
      const stored = await sut.sql.query('SELECT full_name FROM applicant WHERE id = $1', [id]);
      expect(stored.rows[0].full_name).toBe('Ren\u00e9 Rahayu');
      const holder = testIdentities.applicant(id);
      const member = { nik: '3578014106010777', fullName: 'Ayu\u200dLestari', birthDate: '2001-06-01' };
      expect(errorCodes(await call(ADD_MEMBER, { input: member }, holder))).toEqual(['BAD_USER_INPUT']);
      const added = await call<{ addFamilyMember: { fullName: string } }>(
        ADD_MEMBER,
        { input: { ...member, fullName: 'Ayu Le\u0301stari' } },
        holder,
      );
      expect(added.data?.addFamilyMember.fullName).toBe('Ayu L\u00e9stari');
    });
  });
});
