import { Writable } from 'node:stream';
import { Identity } from '@antrian/auth';
import { randomUUID } from 'node:crypto';
import {
  BookingCancelled,
  EventEnvelope,
  FamilyMemberAdded,
  FamilyMemberAddedPayload,
  FamilyMemberRemoved,
  FamilyMemberUpdated,
} from '@antrian/contracts';
import { createLogger } from '@antrian/logging';
import { applicantInput, errorCodes, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { startIdentityUnderTest } from './identity-under-test';
import { bookingCreated } from './scheduling-events';

const OFFICE_A = '0a000000-0000-4000-8000-000000000001';
const OFFICE_B = '0b000000-0000-4000-8000-000000000002';

const REGISTER = `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;
const ADD = `mutation ($input: AddFamilyMemberInput!) {
  addFamilyMember(input: $input) { id nik fullName birthDate }
}`;
const MY_FAMILY = `{ me { ... on Applicant { id familyMembers { id nik fullName birthDate } } } }`;
const APPLICANT_FAMILY = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Applicant { id familyMembers { id nik fullName } } }
}`;
const FAMILY_MEMBERS = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on FamilyMember { id nik fullName birthDate } }
}`;

interface Member {
  id: string;
  nik: string;
  fullName: string;
  birthDate: string;
}

let memberSerial = 0;
/** A daughter born on 1 June 2001 (a woman's NIK day has 40 added), with a NIK of her own. */
function memberInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  memberSerial += 1;
  return {
    nik: `357801410601${String(memberSerial).padStart(4, '0')}`,
    fullName: 'Ayu Lestari',
    birthDate: '2001-06-01',
    ...overrides,
  };
}

const applicantIdentity = (id: string): Identity => ({ sub: id, kind: 'applicant', roles: [], officeId: null });
const officer: Identity = {
  sub: '22222222-2222-4222-8222-222222222222',
  kind: 'officer',
  roles: ['RECEPTION'],
  officeId: OFFICE_A,
};
const officerOfB: Identity = { ...officer, sub: '44444444-4444-4444-8444-444444444444', officeId: OFFICE_B };
const admin: Identity = {
  sub: '55555555-5555-4555-8555-555555555555',
  kind: 'officer',
  roles: ['ADMIN'],
  officeId: null,
};
const kiosk: Identity = {
  sub: '33333333-3333-4333-8333-333333333333',
  kind: 'device',
  roles: [],
  officeId: OFFICE_A,
  deviceKind: 'KIOSK',
};

describe('family members (PostgreSQL)', () => {
  let logs = '';
  // Everything the subgraph logs, at its most talkative, to check that no NIK or name gets there.
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  });
  const sut = useSubgraphUnderTest({
    database: 'identity_family',
    logger: createLogger('identity-test', 'debug', sink),
    observe: [FamilyMemberAdded.subject, FamilyMemberUpdated.subject, FamilyMemberRemoved.subject],
    start: startIdentityUnderTest(),
  });
  const { call } = sut;
  const published = sut.published as EventEnvelope<FamilyMemberAddedPayload>[];
  const scalar = async (query: string, params: unknown[] = []) =>
    Number((await sut.sql.query(query, params)).rows[0].n);
  const familyMemberCount = () => scalar('SELECT count(*) AS n FROM family_member');
  const addedEventCount = () =>
    scalar('SELECT count(*) AS n FROM outbox_event WHERE subject = $1', [FamilyMemberAdded.subject]);

  /** A fresh account; returns its holder as the gateway would present her. */
  const newAccount = async (overrides: Record<string, unknown> = {}): Promise<Identity> => {
    const response = await call(REGISTER, { input: applicantInput(overrides) });
    expect(response.errors).toBeUndefined();
    return applicantIdentity((response.data as { registerApplicant: { id: string } }).registerApplicant.id);
  };
  /**
   * Scheduling announces a booking at OFFICE_A on this account, for the holder herself or one of
   * her family members; from then on its officers see that person's NIK whole.
   */
  const bookedAtOfficeA = async (holder: Identity, familyMemberId: string | null = null) => {
    await sut.bus.publish(bookingCreated(holder.sub, OFFICE_A, { familyMemberId }));
    await waitFor(
      async () =>
        (await scalar('SELECT count(*) AS n FROM person_serving_office WHERE person_id = $1 AND office_id = $2', [
          familyMemberId ?? holder.sub,
          OFFICE_A,
        ]))
          ? true
          : undefined,
      5000,
      'identity to hear of the booking',
    );
  };
  const masked = (nik: string) => `${nik.slice(0, 4)}**********${nik.slice(-2)}`;
  const add = async (holder: Identity | null, input: Record<string, unknown>) => {
    const response = await call(ADD, { input }, holder);
    return { response, member: (response.data as { addFamilyMember: Member } | null)?.addFamilyMember };
  };

  describe('addFamilyMember', () => {
    it('puts a family member on the account, trims her name and announces her through the outbox', async () => {
      const holder = await newAccount();
      const input = memberInput({ fullName: '  Ayu Lestari ' });
      const { response, member } = await add(holder, input);
      expect(response.errors).toBeUndefined();
      expect(member).toEqual({
        id: expect.any(String),
        nik: input.nik,
        fullName: 'Ayu Lestari',
        birthDate: '2001-06-01',
      });
      const row = (
        await sut.sql.query('SELECT applicant_id, nik, full_name, birth_date::text FROM family_member WHERE id = $1', [
          member!.id,
        ])
      ).rows[0];
      expect(row).toEqual({
        applicant_id: holder.sub,
        nik: input.nik,
        full_name: 'Ayu Lestari',
        birth_date: '2001-06-01',
      });
      const outbox = (
        await sut.sql.query(
          `SELECT version, payload FROM outbox_event WHERE subject = $1 AND payload->>'familyMemberId' = $2`,
          [FamilyMemberAdded.subject, member!.id],
        )
      ).rows;
      // Her birth date and sex (from the NIK: a woman's) for scheduling's priority checks; never her NIK or name.
      expect(outbox).toEqual([
        {
          version: 1,
          payload: { familyMemberId: member!.id, applicantId: holder.sub, birthDate: '2001-06-01', sex: 'F' },
        },
      ]);
      const event = await waitFor(
        () => published.find((e) => e.payload.familyMemberId === member!.id),
        5000,
        'the family_member.added event',
      );
      expect(event).toMatchObject({ subject: 'identity.family_member.added', version: 1 });
      expect(event.payload).toEqual({
        familyMemberId: member!.id,
        applicantId: holder.sub,
        birthDate: '2001-06-01',
        sex: 'F',
      });
    });

    it('lists an account’s family members to their holder and officers of an office serving anyone on it, and to nobody else', async () => {
      const holder = await newAccount();
      const other = await newAccount();
      const first = (await add(holder, memberInput({ fullName: 'Ayu Lestari' }))).member!;
      const second = (await add(holder, memberInput({ fullName: 'Bima Lestari' }))).member!;
      await add(other, memberInput({ fullName: 'Someone Else' }));

      const mine = (await call(MY_FAMILY, {}, holder)).data as { me: { familyMembers: Member[] } };
      expect(mine.me.familyMembers).toEqual([first, second]);

      const reps = [{ __typename: 'Applicant', id: holder.sub }];
      const seenBy = async (identity: Identity) => {
        const response = await call(APPLICANT_FAMILY, { reps }, identity);
        expect(response.errors).toBeUndefined();
        return (response.data as { _entities: { familyMembers: Member[] }[] })._entities[0].familyMembers;
      };
      // No office serves anyone on the account yet: officers see an empty list too.
      expect(await seenBy(officer)).toEqual([]);
      // An office serving only the holder lists her family, each NIK masked: it serves none of them.
      await bookedAtOfficeA(holder);
      expect(await seenBy(officer)).toEqual([
        { id: first.id, nik: masked(first.nik), fullName: 'Ayu Lestari' },
        { id: second.id, nik: masked(second.nik), fullName: 'Bima Lestari' },
      ]);
      // Once it serves one of them, her NIK is whole; the other's stays masked.
      await bookedAtOfficeA(holder, second.id);
      expect((await seenBy(officer)).map((m) => m.nik)).toEqual([masked(first.nik), second.nik]);
      expect(await seenBy(officerOfB)).toEqual([]);
      expect(await seenBy(other)).toEqual([]);
      expect(await seenBy(kiosk)).toEqual([]);
      expect(await seenBy(admin)).toEqual([]);
    });

    it('resolves family member references in one request, masking each NIK for anyone but the holder and officers of an office serving that member', async () => {
      const holder = await newAccount();
      const other = await newAccount();
      const members = [(await add(holder, memberInput())).member!, (await add(holder, memberInput())).member!];
      const reps = [...members, { id: '00000000-0000-4000-8000-00000000dead' }].map(({ id }) => ({
        __typename: 'FamilyMember',
        id,
      }));
      const entities = async (identity: Identity | null) => {
        const response = await call(FAMILY_MEMBERS, { reps }, identity);
        return { response, list: (response.data as { _entities: (Member | null)[] } | null)?._entities };
      };
      expect((await entities(holder)).list).toEqual([...members, null]);
      const maskedNiks = members.map((m) => `3578**********${m.nik.slice(-2)}`);
      expect((await entities(officer)).list?.map((m) => m?.nik)).toEqual([...maskedNiks, undefined]);
      // An office serving only the mother sees her daughters' NIKs masked.
      await bookedAtOfficeA(holder);
      expect((await entities(officer)).list?.map((m) => m?.nik)).toEqual([...maskedNiks, undefined]);
      await bookedAtOfficeA(holder, members[0].id);
      expect((await entities(officer)).list?.map((m) => m?.nik)).toEqual([members[0].nik, maskedNiks[1], undefined]);
      expect((await entities(officerOfB)).list?.map((m) => m?.nik)).toEqual([...maskedNiks, undefined]);
      expect((await entities(admin)).list?.map((m) => m?.nik)).toEqual([...maskedNiks, undefined]);
      const seenByOther = (await entities(other)).list!;
      expect(seenByOther[0]).toMatchObject({ id: members[0].id, nik: `3578**********${members[0].nik.slice(-2)}` });
      expect(errorCodes((await entities(null)).response)).toContain('UNAUTHENTICATED');
    });

    it('refuses officers, devices and anonymous callers, and writes nothing', async () => {
      const before = await familyMemberCount();
      expect(errorCodes((await add(officer, memberInput())).response)).toEqual(['FORBIDDEN']);
      expect(errorCodes((await add(kiosk, memberInput())).response)).toEqual(['FORBIDDEN']);
      expect(errorCodes((await add(null, memberInput())).response)).toEqual(['UNAUTHENTICATED']);
      expect(await familyMemberCount()).toBe(before);
    });

    it.each([
      [{ nik: '357801410601' }, 'INVALID_NIK'],
      [{ nik: '9978014106010001' }, 'INVALID_NIK'],
      [{ nik: '3578014106020001' }, 'INVALID_NIK'],
      [{ nik: '3578014106010000' }, 'INVALID_NIK'],
      [{ nik: '3578014113010001' }, 'INVALID_NIK'],
      [{ nik: '3578011706990001', birthDate: '2099-06-17' }, 'BAD_USER_INPUT'],
      [{ birthDate: '2001-02-30' }, 'BAD_USER_INPUT'],
      [{ fullName: '   ' }, 'BAD_USER_INPUT'],
      [{ fullName: 'a'.repeat(101) }, 'BAD_USER_INPUT'],
      [{ relation: 'daughter' }, 'BAD_USER_INPUT'],
    ])('refuses %p with %s and writes nothing', async (overrides, code) => {
      const holder = await newAccount();
      const [members, events] = [await familyMemberCount(), await addedEventCount()];
      expect(errorCodes((await add(holder, memberInput(overrides))).response)).toEqual([code]);
      expect([await familyMemberCount(), await addedEventCount()]).toEqual([members, events]);
    });

    it('lets an account hold four family members and refuses the fifth as BAD_USER_INPUT', async () => {
      const holder = await newAccount();
      for (let i = 0; i < 4; i += 1) expect((await add(holder, memberInput())).response.errors).toBeUndefined();
      const fifth = memberInput();
      const refused = (await add(holder, fifth)).response;
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toBe('Satu akun dapat mendaftarkan paling banyak 4 anggota keluarga.');
      expect(await scalar('SELECT count(*) AS n FROM family_member WHERE applicant_id = $1', [holder.sub])).toBe(4);
      // The refused NIK stays free for whoever it belongs to.
      expect((await add(await newAccount(), fifth)).response.errors).toBeUndefined();
    });

    it('lets an account that already holds more (from the earlier limit) keep them, and add nobody', async () => {
      const holder = await newAccount();
      // Six entries written as the previous version allowed.
      for (let i = 0; i < 6; i += 1) {
        const member = memberInput();
        await sut.sql.query(
          `INSERT INTO family_member (applicant_id, nik, full_name, birth_date) VALUES ($1, $2, $3, $4)`,
          [holder.sub, member.nik, member.fullName, member.birthDate],
        );
      }
      expect(errorCodes((await add(holder, memberInput())).response)).toEqual(['BAD_USER_INPUT']);
      const listed = await call<{ me: { familyMembers: Member[] } }>(MY_FAMILY, {}, holder);
      expect(listed.data!.me.familyMembers).toHaveLength(6);
    });

    it('counts racing additions to one account one after another: never more than four', async () => {
      const holder = await newAccount();
      for (let i = 0; i < 2; i += 1) await add(holder, memberInput());
      const responses = await Promise.all(Array.from({ length: 6 }, () => add(holder, memberInput())));
      expect(responses.filter((r) => !r.response.errors)).toHaveLength(2);
      expect(responses.filter((r) => errorCodes(r.response)[0] === 'BAD_USER_INPUT')).toHaveLength(4);
      expect(await scalar('SELECT count(*) AS n FROM family_member WHERE applicant_id = $1', [holder.sub])).toBe(4);
    });
  });

  describe('updateFamilyMember', () => {
    const UPDATE = `mutation ($input: UpdateFamilyMemberInput!) {
      updateFamilyMember(input: $input) { id nik fullName birthDate }
    }`;

    it('lets her holder correct her name, and her birth date only where it still matches her NIK', async () => {
      const holder = await newAccount();
      const { member } = await add(holder, memberInput({ birthDate: '2001-06-01' }));
      const renamed = await call<{ updateFamilyMember: Member }>(
        UPDATE,
        { input: { id: member!.id, fullName: '  Ayu Lestari Putri ' } },
        holder,
      );
      expect(renamed.data!.updateFamilyMember).toEqual({ ...member, fullName: 'Ayu Lestari Putri' });
      // Her NIK says 1 June (20)01: a 1901 birth date matches it too (a typing error in the century).
      const century = await call<{ updateFamilyMember: Member }>(
        UPDATE,
        { input: { id: member!.id, birthDate: '1901-06-01' } },
        holder,
      );
      expect(century.data!.updateFamilyMember.birthDate).toBe('1901-06-01');
      const mismatch = await call(UPDATE, { input: { id: member!.id, birthDate: '2001-06-02' } }, holder);
      expect(errorCodes(mismatch)).toEqual(['INVALID_NIK']);
      expect(errorCodes(await call(UPDATE, { input: { id: member!.id } }, holder))).toEqual(['BAD_USER_INPUT']);
      const row = (
        await sut.sql.query('SELECT full_name, birth_date::text FROM family_member WHERE id = $1', [member!.id])
      ).rows[0];
      expect(row).toEqual({ full_name: 'Ayu Lestari Putri', birth_date: '1901-06-01' });
      // Scheduling's priority rule learns the corrected birth date (never the NIK or the name).
      const updated = await waitFor(
        () =>
          sut.published.find(
            (e) =>
              e.subject === FamilyMemberUpdated.subject &&
              (e.payload as { birthDate: string }).birthDate === '1901-06-01',
          ),
        5000,
        'family_member.updated',
      );
      expect(updated.payload).toEqual({
        familyMemberId: member!.id,
        applicantId: holder.sub,
        birthDate: '1901-06-01',
        sex: 'F',
      });
    });

    it('is her holder’s alone: another account gets NOT_FOUND and nothing changes', async () => {
      const holder = await newAccount();
      const { member } = await add(holder, memberInput());
      const other = await newAccount();
      expect(errorCodes(await call(UPDATE, { input: { id: member!.id, fullName: 'Orang Lain' } }, other))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await call(UPDATE, { input: { id: member!.id, fullName: 'Orang Lain' } }, officer))).toEqual([
        'FORBIDDEN',
      ]);
      const row = (await sut.sql.query('SELECT full_name FROM family_member WHERE id = $1', [member!.id])).rows[0];
      expect(row.full_name).toBe('Ayu Lestari');
    });
  });

  describe('removeFamilyMember', () => {
    const REMOVE = `mutation ($id: ID!) { removeFamilyMember(id: $id) }`;

    it('is refused while she has an active booking, and done once it is cancelled', async () => {
      const holder = await newAccount();
      const { member } = await add(holder, memberInput());
      const created = bookingCreated(holder.sub, OFFICE_A, { familyMemberId: member!.id });
      await sut.bus.publish(created);
      await waitFor(
        async () =>
          (await scalar('SELECT count(*) AS n FROM person_booking WHERE person_id = $1', [member!.id])) || undefined,
        5000,
        'identity to hear of her booking',
      );
      const refused = await call(REMOVE, { id: member!.id }, holder);
      expect(errorCodes(refused)).toEqual(['ACTIVE_BOOKING_EXISTS']);
      expect(refused.errors![0].message).toMatch(/masih memiliki pemesanan aktif/);
      expect(
        await scalar('SELECT count(*) AS n FROM family_member WHERE id = $1 AND removed_at IS NULL', [member!.id]),
      ).toBe(1);

      await sut.bus.publish({
        id: randomUUID(),
        subject: BookingCancelled.subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: { bookingId: created.payload.bookingId, officeId: OFFICE_A, sessionId: created.payload.sessionId },
      });
      await waitFor(
        async () =>
          (await scalar('SELECT count(*) AS n FROM person_booking WHERE person_id = $1 AND ended_at IS NOT NULL', [
            member!.id,
          ])) || undefined,
        5000,
        'identity to hear of the cancellation',
      );
      const removed = await call<{ removeFamilyMember: boolean }>(REMOVE, { id: member!.id }, holder);
      expect(removed.data).toEqual({ removeFamilyMember: true });
      const listed = await call<{ me: { familyMembers: Member[] } }>(MY_FAMILY, {}, holder);
      expect(listed.data!.me.familyMembers).toEqual([]);
      const event = await waitFor(
        () => sut.published.find((e) => e.subject === FamilyMemberRemoved.subject),
        5000,
        'family_member.removed',
      );
      expect(event.payload).toEqual({ familyMemberId: member!.id, applicantId: holder.sub });
      // Gone from the account: removed once, then NOT_FOUND.
      expect(errorCodes(await call(REMOVE, { id: member!.id }, holder))).toEqual(['NOT_FOUND']);
      // Her NIK is free again for whoever it belongs to.
      expect(
        (await add(await newAccount(), { nik: member!.nik, fullName: 'Ayu', birthDate: '2001-06-01' })).response.errors,
      ).toBeUndefined();
    });

    it('counts a booking whose session is over, or that an event says ended first, as not active', async () => {
      const holder = await newAccount();
      const { member } = await add(holder, memberInput());
      const longAgo = bookingCreated(holder.sub, OFFICE_A, {
        familyMemberId: member!.id,
        occurredAt: new Date(Date.now() - 10 * 86_400_000),
      });
      // A booking whose cancellation is delivered before its creation (a redelivery, say).
      const upcoming = bookingCreated(holder.sub, OFFICE_A, { familyMemberId: member!.id });
      await sut.bus.publish({
        id: randomUUID(),
        subject: BookingCancelled.subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: { bookingId: upcoming.payload.bookingId, officeId: OFFICE_A, sessionId: upcoming.payload.sessionId },
      });
      await sut.bus.publish(longAgo);
      await sut.bus.publish(upcoming);
      await waitFor(
        async () =>
          (await scalar('SELECT count(*) AS n FROM person_booking WHERE person_id = $1', [member!.id])) === 2 ||
          undefined,
        5000,
        'identity to hear of her bookings',
      );
      expect(
        await scalar('SELECT count(*) AS n FROM person_booking WHERE booking_id = $1 AND ended_at IS NOT NULL', [
          upcoming.payload.bookingId,
        ]),
      ).toBe(1);
      expect((await call(REMOVE, { id: member!.id }, holder)).errors).toBeUndefined();
    });

    it('is her holder’s alone', async () => {
      const holder = await newAccount();
      const { member } = await add(holder, memberInput());
      expect(errorCodes(await call(REMOVE, { id: member!.id }, await newAccount()))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await call(REMOVE, { id: member!.id }))).toEqual(['UNAUTHENTICATED']);
      expect(
        await scalar('SELECT count(*) AS n FROM family_member WHERE id = $1 AND removed_at IS NULL', [member!.id]),
      ).toBe(1);
    });
  });

  describe('one NIK, one person', () => {
    it('refuses a family member whose NIK is an account holder’s, her own or another’s', async () => {
      const nikOf = (input: Record<string, unknown>) => ({ nik: input.nik, birthDate: input.birthDate });
      const holderInput = applicantInput();
      const holder = await newAccount(holderInput);
      const otherInput = applicantInput();
      await newAccount(otherInput);
      const [members, events] = [await familyMemberCount(), await addedEventCount()];
      const own = await add(holder, memberInput(nikOf(holderInput)));
      const others = await add(holder, memberInput(nikOf(otherInput)));
      expect(errorCodes(own.response)).toEqual(['ALREADY_REGISTERED']);
      expect(errorCodes(others.response)).toEqual(['ALREADY_REGISTERED']);
      expect([await familyMemberCount(), await addedEventCount()]).toEqual([members, events]);
    });

    it('refuses a NIK already on this or another account as a family member', async () => {
      const holder = await newAccount();
      const input = memberInput();
      expect((await add(holder, input)).response.errors).toBeUndefined();
      const again = await add(holder, { ...input, fullName: 'Ayu L.' });
      const elsewhere = await add(await newAccount(), input);
      expect(errorCodes(again.response)).toEqual(['ALREADY_REGISTERED']);
      expect(errorCodes(elsewhere.response)).toEqual(['ALREADY_REGISTERED']);
      expect(JSON.stringify(elsewhere.response)).not.toMatch(/duplicate key|constraint|family_member_nik/);
      expect(await scalar('SELECT count(*) AS n FROM family_member WHERE nik = $1', [input.nik])).toBe(1);
    });

    it('refuses an account for a NIK that is already a family member’s', async () => {
      const input = memberInput();
      expect((await add(await newAccount(), input)).response.errors).toBeUndefined();
      const before = await scalar('SELECT count(*) AS n FROM applicant');
      const response = await call(REGISTER, { input: applicantInput({ nik: input.nik, birthDate: input.birthDate }) });
      expect(errorCodes(response)).toEqual(['ALREADY_REGISTERED']);
      expect(await scalar('SELECT count(*) AS n FROM applicant')).toBe(before);
    });

    it.each([1, 2, 3])('gives a NIK to exactly one of many racing registrations and additions (round %i)', async () => {
      const holders = await Promise.all(Array.from({ length: 6 }, () => newAccount()));
      const { nik, birthDate } = memberInput() as { nik: string; birthDate: string };
      const responses = await Promise.all([
        ...holders.map(async (holder) => (await add(holder, memberInput({ nik, birthDate }))).response),
        ...Array.from({ length: 6 }, () => call(REGISTER, { input: applicantInput({ nik, birthDate }) })),
      ]);
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(responses.filter((r) => errorCodes(r)[0] === 'ALREADY_REGISTERED')).toHaveLength(11);
      const held = await scalar(
        'SELECT (SELECT count(*) FROM applicant WHERE nik = $1) + (SELECT count(*) FROM family_member WHERE nik = $1) AS n',
        [nik],
      );
      expect(held).toBe(1);
    });

    it('is kept by the database for any writer, even one that checks nothing (as an older version might)', async () => {
      const holderInput = applicantInput();
      const holder = await newAccount(holderInput);
      const member = (await add(holder, memberInput())).member!;
      const refusedAs = async (statement: string, params: unknown[]) => {
        const error = await sut.sql.query(statement, params).then(
          () => undefined,
          (e: unknown) => e,
        );
        return (
          error && { code: (error as { code: string }).code, constraint: (error as { constraint: string }).constraint }
        );
      };
      const oneNikOnePerson = { code: '23505', constraint: 'nik_one_person' };
      // A family member with an account holder's NIK, an account with a family member's, and a NIK changed to one held.
      expect(
        await refusedAs(
          `INSERT INTO family_member (applicant_id, nik, full_name, birth_date) VALUES ($1, $2, 'Copy', $3)`,
          [holder.sub, holderInput.nik, holderInput.birthDate],
        ),
      ).toEqual(oneNikOnePerson);
      expect(
        await refusedAs(
          `INSERT INTO applicant (nik, full_name, birth_date, email, password_hash)
           VALUES ($1, 'Copy', $2, $3, 'x')`,
          [member.nik, member.birthDate, `copy-${member.nik}@example.id`],
        ),
      ).toEqual(oneNikOnePerson);
      expect(await refusedAs(`UPDATE family_member SET nik = $1 WHERE id = $2`, [holderInput.nik, member.id])).toEqual(
        oneNikOnePerson,
      );
      // A write that keeps the NIK as it is, and a NIK nobody holds, go through.
      expect(await refusedAs(`UPDATE family_member SET nik = nik WHERE id = $1`, [member.id])).toBeUndefined();
      // Under REPEATABLE READ the trigger could not see a NIK committed while it waited, so it refuses to decide.
      await sut.sql.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      try {
        expect(
          await refusedAs(
            `INSERT INTO family_member (applicant_id, nik, full_name, birth_date) VALUES ($1, $2, 'Later', $3)`,
            [holder.sub, memberInput().nik, '2001-06-01'],
          ),
        ).toEqual({ code: '0A000', constraint: undefined });
      } finally {
        await sut.sql.query('ROLLBACK');
      }
      expect(await scalar('SELECT count(*) AS n FROM family_member WHERE applicant_id = $1', [holder.sub])).toBe(1);
    });
  });

  describe('personal data', () => {
    it('never reaches the logs: no NIK, no name', async () => {
      const rows = (await sut.sql.query('SELECT nik FROM family_member UNION ALL SELECT nik FROM applicant')).rows as {
        nik: string;
      }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(logs).not.toBe('');
      for (const row of rows) expect(logs).not.toContain(row.nik);
      for (const name of ['Ayu Lestari', 'Bima Lestari', 'Someone Else', 'Siti Rahayu'])
        expect(logs).not.toContain(name);
    });
  });
});
