import { Identity } from '@antrian/auth';
import { BookingSnapshotPayload, EventEnvelope } from '@antrian/contracts';
import { applicantInput, testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { BOOKING_EVENTS_CONSUMER, BookingEventsConsumer } from '../src/serving-offices/booking-events.consumer';
import { ServingOfficeRepository } from '../src/serving-offices/serving-office.repository';
import { startIdentityUnderTest } from './identity-under-test';
import { bookingCreated, bookingRescheduled, withoutFamilyMemberId } from './scheduling-events';

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

describe('who sees a NIK whole: the offices serving each person (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({
    database: 'identity_serving',
    start: startIdentityUnderTest(),
  });
  const { call } = sut;

  const scalar = async (query: string, params: unknown[] = []) =>
    Number((await sut.sql.query(query, params)).rows[0].n);
  /** The recorded (person, office) pairs of these people, in a fixed order. */
  const servingRows = async (personIds: string[]) =>
    (
      await sut.sql.query(
        `SELECT person_id AS "personId", office_id AS "officeId" FROM person_serving_office
          WHERE person_id = ANY($1::uuid[]) ORDER BY office_id, person_id`,
        [personIds],
      )
    ).rows as { personId: string; officeId: string }[];

  /** A mother's account with her daughter on it; their NIKs are what only some may read whole. */
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
  const people = (account: Account) => [account.holder.sub, account.member.id];

  const masked = (nik: string) => `${nik.slice(0, 4)}**********${nik.slice(-2)}`;
  /**
   * The mother (with her family list) and her daughter, as this caller sees them: each NIK
   * `whole` or `masked`, and whether the family list is shown (the daughter's NIK in it as in
   * her own reference).
   */
  const view = async (identity: Identity, account: Account) => {
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
    const as = (nik: string, whole: string) => (nik === whole ? 'whole' : nik === masked(whole) ? 'masked' : nik);
    expect(applicant.familyMembers?.every((m) => m.id === account.member.id && m.nik === member.nik)).toBe(true);
    return {
      mother: as(applicant.nik, account.nik),
      daughter: as(member.nik, account.member.nik),
      familyListed: applicant.familyMembers!.length > 0,
    };
  };
  const nothingWhole = { mother: 'masked', daughter: 'masked', familyListed: false };

  /** Scheduling announces a booking on the bus; identity knows of it once the pair is recorded. */
  const deliver = async (event: EventEnvelope<BookingSnapshotPayload>) => {
    const personId = event.payload.familyMemberId ?? event.payload.applicantId;
    await sut.bus.publish(event);
    await waitFor(
      async () =>
        (await servingRows([personId])).some((row) => row.officeId === event.payload.officeId) ? true : undefined,
      5000,
      `identity to hear that office ${event.payload.officeId} serves ${personId}`,
    );
  };

  const officerOfX = testIdentities.officer(OFFICE_X);
  const supervisorOfY = testIdentities.officer(OFFICE_Y, ['SUPERVISOR']);
  const officerOfZ = testIdentities.officer(OFFICE_Z, ['PICKUP']);
  const kioskOfX: Identity = { sub: 'kiosk-x', kind: 'device', roles: [], officeId: OFFICE_X, deviceKind: 'KIOSK' };

  it('masks every NIK on an account, and hides its family, from officers of an office serving nobody on it', async () => {
    const account = await newAccount();
    expect(await view(officerOfX, account)).toEqual(nothingWhole);
    expect(await view(supervisorOfY, account)).toEqual(nothingWhole);
    // She herself sees both whole, booking or not: she manages her daughter's bookings.
    expect(await view(account.holder, account)).toEqual({ mother: 'whole', daughter: 'whole', familyListed: true });
  });

  it('an office serving only the mother sees her NIK whole and her daughter’s masked', async () => {
    const account = await newAccount();
    const other = await newAccount();
    await deliver(bookingCreated(account.holder.sub, OFFICE_X));

    const motherServed = { mother: 'whole', daughter: 'masked', familyListed: true };
    expect(await view(officerOfX, account)).toEqual(motherServed);
    expect(await view(testIdentities.officer(OFFICE_X, ['ADJUDICATION']), account)).toEqual(motherServed);
    expect(await view(supervisorOfY, account)).toEqual(nothingWhole);
    expect(await view(kioskOfX, account)).toEqual(nothingWhole);
    expect(await view(other.holder, account)).toEqual(nothingWhole);
    // Another account at the same office has not booked there.
    expect(await view(officerOfX, other)).toEqual(nothingWhole);
    expect(await servingRows(people(account))).toEqual([{ personId: account.holder.sub, officeId: OFFICE_X }]);
  });

  it('an office serving only the daughter sees her NIK whole and her mother’s masked', async () => {
    const account = await newAccount();
    await deliver(bookingCreated(account.holder.sub, OFFICE_X, { familyMemberId: account.member.id }));

    expect(await view(officerOfX, account)).toEqual({ mother: 'masked', daughter: 'whole', familyListed: true });
    expect(await view(supervisorOfY, account)).toEqual(nothingWhole);
    expect(await view(account.holder, account)).toEqual({ mother: 'whole', daughter: 'whole', familyListed: true });
    expect(await servingRows(people(account))).toEqual([{ personId: account.member.id, officeId: OFFICE_X }]);
  });

  it('masks every NIK and hides the family from national administrators, even where both are served', async () => {
    const account = await newAccount();
    await deliver(bookingCreated(account.holder.sub, OFFICE_X));
    await deliver(bookingCreated(account.holder.sub, OFFICE_X, { familyMemberId: account.member.id }));
    expect(await view(officerOfX, account)).toEqual({ mother: 'whole', daughter: 'whole', familyListed: true });
    expect(await view(testIdentities.admin(), account)).toEqual(nothingWhole);
  });

  it('adds the office a booking is rescheduled to, for the same person, and keeps the one it left', async () => {
    const account = await newAccount();
    const booking = bookingCreated(account.holder.sub, OFFICE_X, { familyMemberId: account.member.id });
    await deliver(booking);
    expect(await view(officerOfZ, account)).toEqual(nothingWhole);

    await deliver(bookingRescheduled(booking, OFFICE_Z));
    const daughterServed = { mother: 'masked', daughter: 'whole', familyListed: true };
    expect(await view(officerOfZ, account)).toEqual(daughterServed);
    expect(await view(officerOfX, account)).toEqual(daughterServed);
    expect(await view(supervisorOfY, account)).toEqual(nothingWhole);
    expect(await servingRows(people(account))).toEqual([
      { personId: account.member.id, officeId: OFFICE_X },
      { personId: account.member.id, officeId: OFFICE_Z },
    ]);
  });

  it('takes an event without familyMemberId (from a scheduling before it) as the account holder’s own booking', async () => {
    const account = await newAccount();
    await deliver(withoutFamilyMemberId(bookingCreated(account.holder.sub, OFFICE_Y)));
    expect(await servingRows(people(account))).toEqual([{ personId: account.holder.sub, officeId: OFFICE_Y }]);
    expect(await view(supervisorOfY, account)).toEqual({ mother: 'whole', daughter: 'masked', familyListed: true });
  });

  it('handles an event once: delivered again, it reports not handled and changes nothing', async () => {
    const account = await newAccount();
    const consumer = sut.subgraph.app.get(BookingEventsConsumer);
    const event = bookingCreated(account.holder.sub, OFFICE_Y, { familyMemberId: account.member.id });
    const inboxRecords = () =>
      scalar('SELECT count(*) AS n FROM inbox_event WHERE consumer = $1 AND event_id = $2', [
        BOOKING_EVENTS_CONSUMER,
        event.id,
      ]);

    expect(await consumer.handle(event)).toBe(true);
    const recorded = await servingRows(people(account));
    expect(recorded).toEqual([{ personId: account.member.id, officeId: OFFICE_Y }]);
    // The same event again, as after a lost acknowledgement; then twice at once.
    expect(await consumer.handle(event)).toBe(false);
    expect(await Promise.all([consumer.handle({ ...event }), consumer.handle({ ...event })])).toEqual([false, false]);
    expect(await servingRows(people(account))).toEqual(recorded);
    expect(await inboxRecords()).toBe(1);

    // Another booking of hers at the same office is a new event: handled, and the pair stays one row.
    expect(
      await consumer.handle(bookingCreated(account.holder.sub, OFFICE_Y, { familyMemberId: account.member.id })),
    ).toBe(true);
    expect(await servingRows(people(account))).toEqual(recorded);
    expect(await view(supervisorOfY, account)).toEqual({ mother: 'masked', daughter: 'whole', familyListed: true });
  });

  it('parks an event of a version it does not understand, changing nothing', async () => {
    const account = await newAccount();
    const consumer = sut.subgraph.app.get(BookingEventsConsumer);
    expect(await consumer.handle({ ...bookingCreated(account.holder.sub, OFFICE_X), version: 3 })).toBe(false);
    expect(await servingRows(people(account))).toEqual([]);
    expect(await view(officerOfX, account)).toEqual(nothingWhole);
  });

  it('looks the serving offices up per request in batches, whatever the number of people it touches', async () => {
    const accounts = [await newAccount(), await newAccount(), await newAccount()];
    await deliver(bookingCreated(accounts[0].holder.sub, OFFICE_X));
    await deliver(bookingCreated(accounts[2].holder.sub, OFFICE_X, { familyMemberId: accounts[2].member.id }));
    const lookups = jest.spyOn(sut.subgraph.app.get(ServingOfficeRepository), 'findByPersonIds');
    const entitiesOf = async (some: Account[], identity: Identity) => {
      lookups.mockClear();
      const response = await call<{ _entities: Seen[] }>(
        ENTITIES,
        {
          reps: some.flatMap((account) => [
            { __typename: 'Applicant', id: account.holder.sub },
            { __typename: 'FamilyMember', id: account.member.id },
          ]),
        },
        identity,
      );
      expect(response.errors).toBeUndefined();
      return {
        niks: response.data!._entities.map((entity) => entity.nik),
        lookups: lookups.mock.calls.length,
        people: lookups.mock.calls.flatMap(([ids]) => [...ids]),
      };
    };
    try {
      const all = await entitiesOf(accounts, officerOfX);
      expect(all.niks).toEqual([
        accounts[0].nik,
        masked(accounts[0].member.nik),
        masked(accounts[1].nik),
        masked(accounts[1].member.nik),
        masked(accounts[2].nik),
        accounts[2].member.nik,
      ]);
      // Each person once, in as many queries as for a single account.
      expect([...all.people].sort()).toEqual(accounts.flatMap(people).sort());
      expect(all.lookups).toBe((await entitiesOf([accounts[1]], officerOfX)).lookups);
      // Callers the rule decides without them cost no lookup at all.
      for (const caller of [testIdentities.admin(), accounts[1].holder, kioskOfX]) {
        expect((await entitiesOf([accounts[1]], caller)).lookups).toBe(0);
      }
    } finally {
      lookups.mockRestore();
    }
  });
});
