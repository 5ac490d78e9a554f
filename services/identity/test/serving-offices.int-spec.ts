import { Identity } from '@antrian/auth';
import { EventEnvelope } from '@antrian/contracts';
import { applicantInput, testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { BOOKING_EVENTS_CONSUMER, BookingEventsConsumer } from '../src/serving-offices/booking-events.consumer';
import { ServingOfficeRepository } from '../src/serving-offices/serving-office.repository';
import { startIdentityUnderTest } from './identity-under-test';
import { bookingCreated, bookingRescheduled } from './scheduling-events';

const OFFICE_X = '0a000000-0000-4000-8000-00000000000a';
const OFFICE_Y = '0b000000-0000-4000-8000-00000000000b';
const OFFICE_Z = '0c000000-0000-4000-8000-00000000000c';

const REGISTER = `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
/** What the gateway asks identity for a booking's applicant and the family member it is for. */
const ENTITIES = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Applicant { id nik familyMembers { id nik } }
    ... on FamilyMember { id nik }
  }
}`;

interface Seen {
  id: string;
  nik: string;
  familyMembers?: { id: string; nik: string }[];
}

let memberSerial = 0;

describe('who sees a NIK whole: the offices serving an account (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({
    database: 'identity_serving',
    start: startIdentityUnderTest(),
  });
  const { call } = sut;

  const scalar = async (query: string, params: unknown[] = []) =>
    Number((await sut.sql.query(query, params)).rows[0].n);
  const servingRows = (applicantId: string) =>
    scalar('SELECT count(*) AS n FROM applicant_serving_office WHERE applicant_id = $1', [applicantId]);
  const servingOffices = async (applicantId: string) =>
    (
      await sut.sql.query('SELECT office_id FROM applicant_serving_office WHERE applicant_id = $1 ORDER BY office_id', [
        applicantId,
      ])
    ).rows.map((row: { office_id: string }) => row.office_id);

  /** An account with a daughter on it; the NIKs are what only some may read whole. */
  const newAccount = async () => {
    const input = applicantInput();
    const registered = await call<{ registerApplicant: { id: string } }>(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const holder = testIdentities.applicant(registered.data!.registerApplicant.id);
    memberSerial += 1;
    const member = { nik: `350501550820${String(memberSerial).padStart(4, '0')}`, birthDate: '2020-08-15' };
    const added = await call<{ addFamilyMember: { id: string } }>(
      ADD_MEMBER,
      { input: { ...member, fullName: 'Putri Rahayu' } },
      holder,
    );
    expect(added.errors).toBeUndefined();
    return {
      holder,
      nik: String(input.nik),
      member: { id: added.data!.addFamilyMember.id, nik: member.nik },
    };
  };
  type Account = Awaited<ReturnType<typeof newAccount>>;

  /** The applicant (with her family) and her daughter, as this caller sees them. */
  const seenBy = async (identity: Identity, account: Account) => {
    const response = await call<{ _entities: Seen[] }>(
      ENTITIES,
      {
        reps: [
          { __typename: 'Applicant', id: account.holder.sub },
          { __typename: 'FamilyMember', id: account.member.id },
        ],
      },
      identity,
    );
    expect(response.errors).toBeUndefined();
    const [applicant, member] = response.data!._entities;
    return { applicant, member };
  };
  const masked = (nik: string) => `${nik.slice(0, 4)}**********${nik.slice(-2)}`;
  const expectWhole = async (identity: Identity, account: Account) => {
    const { applicant, member } = await seenBy(identity, account);
    expect(applicant.nik).toBe(account.nik);
    expect(applicant.familyMembers).toEqual([account.member]);
    expect(member.nik).toBe(account.member.nik);
  };
  const expectMasked = async (identity: Identity, account: Account) => {
    const { applicant, member } = await seenBy(identity, account);
    expect(applicant.nik).toBe(masked(account.nik));
    expect(applicant.familyMembers).toEqual([]);
    expect(member.nik).toBe(masked(account.member.nik));
  };
  /** Scheduling announces a booking on the bus; identity knows of it once the pair is recorded. */
  const deliver = async (event: EventEnvelope<{ applicantId: string; officeId: string }>) => {
    await sut.bus.publish(event);
    await waitFor(
      async () =>
        (await scalar('SELECT count(*) AS n FROM applicant_serving_office WHERE applicant_id = $1 AND office_id = $2', [
          event.payload.applicantId,
          event.payload.officeId,
        ]))
          ? true
          : undefined,
      5000,
      `identity to hear that office ${event.payload.officeId} serves the account`,
    );
  };

  const officerOfX = testIdentities.officer(OFFICE_X);
  const supervisorOfY = testIdentities.officer(OFFICE_Y, ['SUPERVISOR']);
  const officerOfZ = testIdentities.officer(OFFICE_Z, ['PICKUP']);
  const kioskOfX: Identity = { sub: 'kiosk-x', kind: 'device', roles: [], officeId: OFFICE_X, deviceKind: 'KIOSK' };

  it('masks an account’s NIKs, and hides its family, from officers of an office that serves none of its bookings', async () => {
    const account = await newAccount();
    await expectMasked(officerOfX, account);
    await expectMasked(supervisorOfY, account);
    // She herself sees them whole, booking or not.
    await expectWhole(account.holder, account);
  });

  it('shows them whole to officers of the office a new booking names, and to nobody else', async () => {
    const account = await newAccount();
    const other = await newAccount();
    await deliver(bookingCreated(account.holder.sub, OFFICE_X));

    await expectWhole(officerOfX, account);
    await expectWhole(testIdentities.officer(OFFICE_X, ['ADJUDICATION']), account);
    await expectMasked(supervisorOfY, account);
    await expectMasked(kioskOfX, account);
    await expectMasked(other.holder, account);
    // Another account at the same office has not booked there.
    await expectMasked(officerOfX, other);
    expect(await servingOffices(account.holder.sub)).toEqual([OFFICE_X]);
  });

  it('adds the office a booking is rescheduled to, and keeps the one it left', async () => {
    const account = await newAccount();
    const booking = bookingCreated(account.holder.sub, OFFICE_X);
    await deliver(booking);
    await expectMasked(officerOfZ, account);

    await deliver(bookingRescheduled(booking, OFFICE_Z));
    await expectWhole(officerOfZ, account);
    await expectWhole(officerOfX, account);
    await expectMasked(supervisorOfY, account);
    expect(await servingOffices(account.holder.sub)).toEqual([OFFICE_X, OFFICE_Z]);
  });

  it('changes nothing when an event is delivered again: one row, one inbox record', async () => {
    const account = await newAccount();
    const consumer = sut.subgraph.app.get(BookingEventsConsumer);
    const event = bookingCreated(account.holder.sub, OFFICE_Y, new Date(Date.now() - 3_600_000));
    const inboxRecords = () =>
      scalar('SELECT count(*) AS n FROM inbox_event WHERE consumer = $1 AND event_id = $2', [
        BOOKING_EVENTS_CONSUMER,
        event.id,
      ]);
    await deliver(event);
    // The same event again, as after a lost acknowledgement, twice at once; then through the bus.
    expect(await Promise.all([consumer.handle(event), consumer.handle(event)])).toEqual([false, false]);
    await sut.bus.publish({ ...event });
    expect(await servingRows(account.holder.sub)).toBe(1);
    expect(await inboxRecords()).toBe(1);
    const since = (
      await sut.sql.query('SELECT since FROM applicant_serving_office WHERE applicant_id = $1', [account.holder.sub])
    ).rows[0].since as Date;
    expect(since.toISOString()).toBe(event.occurredAt);

    // A second booking at the same office adds no row; one that happened earlier moves `since` back.
    const earlier = bookingCreated(account.holder.sub, OFFICE_Y, new Date(Date.now() - 7_200_000));
    expect(await consumer.handle(bookingCreated(account.holder.sub, OFFICE_Y))).toBe(true);
    expect(await consumer.handle(earlier)).toBe(true);
    expect(await servingRows(account.holder.sub)).toBe(1);
    const movedBack = (
      await sut.sql.query('SELECT since FROM applicant_serving_office WHERE applicant_id = $1', [account.holder.sub])
    ).rows[0].since as Date;
    expect(movedBack.toISOString()).toBe(earlier.occurredAt);
    await expectWhole(supervisorOfY, account);
  });

  it('ignores an event of a version it does not understand', async () => {
    const account = await newAccount();
    const consumer = sut.subgraph.app.get(BookingEventsConsumer);
    expect(await consumer.handle({ ...bookingCreated(account.holder.sub, OFFICE_X), version: 2 })).toBe(false);
    expect(await servingRows(account.holder.sub)).toBe(0);
    await expectMasked(officerOfX, account);
  });

  it('shows them whole to national administrators, who run every office', async () => {
    const account = await newAccount();
    await expectWhole(testIdentities.admin(), account);
  });

  it('looks the serving offices up once per request, for every account it touches', async () => {
    const accounts = [await newAccount(), await newAccount(), await newAccount()];
    await deliver(bookingCreated(accounts[0].holder.sub, OFFICE_X));
    await deliver(bookingCreated(accounts[2].holder.sub, OFFICE_X));
    const lookups = jest.spyOn(sut.subgraph.app.get(ServingOfficeRepository), 'findByApplicantIds');
    try {
      const response = await call<{ _entities: Seen[] }>(
        ENTITIES,
        {
          reps: accounts.flatMap((account) => [
            { __typename: 'Applicant', id: account.holder.sub },
            { __typename: 'FamilyMember', id: account.member.id },
          ]),
        },
        officerOfX,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities.map((entity) => entity.nik)).toEqual([
        accounts[0].nik,
        accounts[0].member.nik,
        masked(accounts[1].nik),
        masked(accounts[1].member.nik),
        accounts[2].nik,
        accounts[2].member.nik,
      ]);
      expect(lookups).toHaveBeenCalledTimes(1);
      expect([...lookups.mock.calls[0][0]].sort()).toEqual(accounts.map((account) => account.holder.sub).sort());
      // Callers the rule decides without them cost no lookup at all.
      lookups.mockClear();
      await seenBy(testIdentities.admin(), accounts[1]);
      await seenBy(accounts[1].holder, accounts[1]);
      await seenBy(kioskOfX, accounts[1]);
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }
  });
});
