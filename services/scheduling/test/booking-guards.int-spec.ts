import { randomUUID } from 'node:crypto';
import { Identity } from '@antrian/auth';
import {
  ApplicantRegistered,
  BookingCancelled,
  EventDefinition,
  EventEnvelope,
  FamilyMemberAdded,
  FamilyMemberUpdated,
  NikReleased,
  PriorityGroup,
} from '@antrian/contracts';
import { errorCodes, sessionSlot, testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { loadSchedulingConfig } from '../src/config/scheduling.config';
import { NikReleasedConsumer } from '../src/consumers/nik-released.consumer';
import { PersonFactsConsumer } from '../src/consumers/person-facts.consumer';
import { startScheduling } from '../src/scheduling.app';

const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code status priority } }`;
const RESCHEDULE = `mutation ($id: ID!, $sessionId: ID!) { rescheduleBooking(id: $id, sessionId: $sessionId) { id } }`;
const BY_CODE = `query ($code: String!) { booking(code: $code) { id status cancelReason } }`;
const MY_BOOKINGS = `{ myBookings { id status cancelReason session { id remaining } } }`;
const HOUR = 3600_000;

/**
 * Scheduling refuses what a hostile client tries (issue 7): a booking before the e-mail is
 * confirmed, a priority group the person's facts contradict, many bookings from one address,
 * guessing booking codes; and it cancels the bookings of a NIK a supervisor released.
 */
describe('scheduling against hostile clients (PostgreSQL)', () => {
  const sut = useSubgraphUnderTest({
    database: 'scheduling-guards',
    observe: ['scheduling.*.*'],
    start: ({ env, bus, logger }) =>
      startScheduling({
        // Small limits, so that the tests reach them.
        config: loadSchedulingConfig({ ...env, BOOKINGS_PER_ADDRESS: '3', CODE_LOOKUP_MAX_FAILURES: '3' }),
        bus,
        logger,
        migrate: true,
      }),
  });
  const { call, published } = sut;
  let officeId: string;
  let supervisor: Identity;
  /** Each test books from an address of its own, so that the per-address limit is its own too. */
  let addresses = 0;
  const newAddress = () => `198.51.100.${(addresses += 1)}`;

  let sessionsAdded = 0;
  const addSession = async (capacity: number, startsInHours: number) => {
    sessionsAdded += 1;
    const near = new Date(Date.now() + startsInHours * HOUR);
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, HOUR, sessionsAdded);
    const response = await call<{ addSession: { id: string } }>(
      `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
      { input: { officeId, capacity, startsAt, endsAt } },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.addSession.id;
  };
  const book = (
    applicant: Identity,
    sessionId: string,
    options: { priority?: PriorityGroup; familyMemberId?: string; idempotencyKey?: string; address?: string } = {},
  ) =>
    call<{ bookSession: { id: string; code: string; status: string; priority: PriorityGroup | null } }>(
      BOOK,
      {
        input: {
          sessionId,
          service: 'NEW_ORDINARY',
          priority: options.priority ?? null,
          familyMemberId: options.familyMemberId ?? null,
          idempotencyKey: options.idempotencyKey ?? randomUUID(),
        },
      },
      applicant,
      { clientAddress: options.address ?? newAddress() },
    );
  const envelope = <P>(definition: EventDefinition<P>, payload: P, occurredAt = new Date()): EventEnvelope<P> => ({
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: occurredAt.toISOString(),
    payload,
  });
  const factsOf = async (personId: string) =>
    (await sut.sql.query(`SELECT birth_date::text, sex FROM person_facts WHERE person_id = $1`, [personId])).rows[0];
  const bookingsIn = async (sessionId: string) =>
    (await sut.sql.query(`SELECT count(*)::int AS n FROM booking WHERE session_id = $1`, [sessionId])).rows[0].n;
  const booked = async (sessionId: string) =>
    (await sut.sql.query(`SELECT booked FROM session WHERE id = $1`, [sessionId])).rows[0].booked;

  /** An applicant identity announced a moment ago, with her birth date and sex. */
  const registered = async (birthDate: string, sex: 'F' | 'M') => {
    const applicant = testIdentities.applicant();
    await sut.bus.publish(envelope(ApplicantRegistered, { applicantId: applicant.sub, birthDate, sex }));
    await waitFor(() => factsOf(applicant.sub), 5000, 'the applicant’s facts');
    return applicant;
  };
  const familyMember = async (holder: Identity, birthDate: string, sex: 'F' | 'M') => {
    const familyMemberId = randomUUID();
    await sut.bus.publish(envelope(FamilyMemberAdded, { familyMemberId, applicantId: holder.sub, birthDate, sex }));
    await waitFor(
      async () =>
        (await factsOf(familyMemberId)) &&
        (await sut.sql.query(`SELECT 1 FROM family_member_copy WHERE id = $1`, [familyMemberId])).rows[0],
      5000,
      'the family member',
    );
    return familyMemberId;
  };

  beforeAll(async () => {
    const office = await call<{ createOffice: { id: string } }>(
      `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
      { input: { code: 'BLITAR', name: 'Kantor Imigrasi Kelas II Blitar', timeZone: 'Asia/Jakarta' } },
      testIdentities.admin(),
    );
    expect(office.errors).toBeUndefined();
    officeId = office.data!.createOffice.id;
    supervisor = testIdentities.officer(officeId, ['SUPERVISOR']);
  });

  describe('an unconfirmed e-mail', () => {
    it('is refused with EMAIL_NOT_CONFIRMED, writing nothing; a confirmed one (or a token without the claim) books', async () => {
      const sessionId = await addSession(5, 100);
      const unconfirmed = { ...testIdentities.applicant(), emailConfirmed: false };
      const refused = await book(unconfirmed, sessionId);
      expect(errorCodes(refused)).toEqual(['EMAIL_NOT_CONFIRMED']);
      expect(refused.errors![0].message).toMatch(/Konfirmasikan alamat e-mail Anda/);
      expect(await bookingsIn(sessionId)).toBe(0);
      expect((await book({ ...unconfirmed, emailConfirmed: true }, sessionId)).errors).toBeUndefined();
      expect((await book(testIdentities.applicant(), sessionId)).errors).toBeUndefined();
    });
  });

  describe('priority groups', () => {
    it('refuses ELDERLY and PREGNANT for a man born in 1990, and CHILD for an adult; writes nothing', async () => {
      const sessionId = await addSession(5, 101);
      const man = await registered('1990-08-17', 'M');
      for (const priority of ['ELDERLY', 'PREGNANT', 'CHILD'] as const) {
        const response = await book(man, sessionId, { priority });
        expect([priority, errorCodes(response)]).toEqual([priority, ['BAD_USER_INPUT']]);
        expect(response.errors![0].message).toMatch(/^Jalur (lansia|ibu hamil|anak) /);
      }
      expect(await bookingsIn(sessionId)).toBe(0);
      expect(await booked(sessionId)).toBe(0);
      // DISABLED is declared; reception confirms it at the office.
      expect((await book(man, sessionId, { priority: 'DISABLED' })).data!.bookSession.priority).toBe('DISABLED');
    });

    it('accepts what the facts bear out: an elderly woman, a pregnant woman, a small child', async () => {
      const sessionId = await addSession(5, 102);
      const grandmother = await registered('1950-03-10', 'F');
      expect((await book(grandmother, sessionId, { priority: 'ELDERLY' })).errors).toBeUndefined();
      const mother = await registered('1996-04-21', 'F');
      expect((await book(mother, sessionId, { priority: 'PREGNANT' })).errors).toBeUndefined();
      const toddler = await familyMember(mother, `${new Date().getUTCFullYear() - 2}-01-15`, 'M');
      expect((await book(mother, sessionId, { priority: 'CHILD', familyMemberId: toddler })).errors).toBeUndefined();
    });

    it('checks the family member the booking is for, not the account holder', async () => {
      const sessionId = await addSession(5, 103);
      const grandfather = await registered('1948-01-02', 'M');
      const son = await familyMember(grandfather, '1985-06-30', 'M');
      expect(errorCodes(await book(grandfather, sessionId, { priority: 'ELDERLY', familyMemberId: son }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect((await book(grandfather, sessionId, { priority: 'ELDERLY' })).errors).toBeUndefined();
    });

    it('accepts the claim while the person’s facts are unknown, and refuses the reschedule once they contradict it', async () => {
      const [first, second] = [await addSession(5, 104), await addSession(5, 105)];
      const applicant = testIdentities.applicant();
      const claimed = await book(applicant, first, { priority: 'ELDERLY' });
      expect(claimed.errors).toBeUndefined();
      // Identity's event arrives later (the applicant registered before identity carried the facts).
      await sut.subgraph.app
        .get(PersonFactsConsumer)
        .handle(envelope(ApplicantRegistered, { applicantId: applicant.sub, birthDate: '1991-02-02', sex: 'M' }));
      const moved = await call(RESCHEDULE, { id: claimed.data!.bookSession.id, sessionId: second }, applicant);
      expect(errorCodes(moved)).toEqual(['BAD_USER_INPUT']);
      expect(await booked(second)).toBe(0);
      expect(await booked(first)).toBe(1);
    });

    it('follows a corrected birth date, and never goes back to an older statement that arrives late', async () => {
      const sessionId = await addSession(5, 106);
      const holder = await registered('1992-09-09', 'F');
      const child = await familyMember(holder, `${new Date().getUTCFullYear() - 1}-05-05`, 'F');
      const consumer = sut.subgraph.app.get(PersonFactsConsumer);
      const corrected = new Date();
      await consumer.handle(
        envelope(
          FamilyMemberUpdated,
          { familyMemberId: child, applicantId: holder.sub, birthDate: '2012-05-05', sex: 'F' },
          corrected,
        ),
      );
      await consumer.handle(
        envelope(
          FamilyMemberAdded,
          { familyMemberId: child, applicantId: holder.sub, birthDate: '2025-05-05', sex: 'F' },
          new Date(corrected.getTime() - HOUR),
        ),
      );
      expect(await factsOf(child)).toEqual({ birth_date: '2012-05-05', sex: 'F' });
      expect(errorCodes(await book(holder, sessionId, { priority: 'CHILD', familyMemberId: child }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });
  });

  describe('bookings per client address', () => {
    it('RACE TEST: 6 applicants booking at once from one address under a limit of 3 give exactly 3 bookings', async () => {
      const sessionId = await addSession(20, 110);
      const address = newAddress();
      const results = await Promise.all(
        Array.from({ length: 6 }, () => book(testIdentities.applicant(), sessionId, { address })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(3);
      const limited = results.filter((r) => r.errors);
      expect(new Set(limited.flatMap(errorCodes))).toEqual(new Set(['RATE_LIMITED']));
      const retryAfter = limited[0].errors![0].extensions!.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(await booked(sessionId)).toBe(3);
      // Another address (another carrier's customers) books on.
      expect((await book(testIdentities.applicant(), sessionId)).errors).toBeUndefined();
    });

    it('counts only bookings made: a refusal or a retry of an earlier booking gives its attempt back', async () => {
      const [small, roomy] = [await addSession(1, 111), await addSession(20, 112)];
      const address = newAddress();
      const first = testIdentities.applicant();
      const key = randomUUID();
      expect((await book(first, small, { address, idempotencyKey: key })).errors).toBeUndefined();
      for (let i = 0; i < 4; i += 1) {
        expect((await book(first, small, { address, idempotencyKey: key })).errors).toBeUndefined();
        expect(errorCodes(await book(first, roomy, { address }))).toEqual(['ACTIVE_BOOKING_EXISTS']);
      }
      // Two more fit under the limit of 3; the third does not.
      expect((await book(testIdentities.applicant(), roomy, { address })).errors).toBeUndefined();
      expect((await book(testIdentities.applicant(), roomy, { address })).errors).toBeUndefined();
      expect(errorCodes(await book(testIdentities.applicant(), roomy, { address }))).toEqual(['RATE_LIMITED']);
    });
  });

  describe('booking codes', () => {
    it('answer NOT_FOUND alike for an unknown code and another office’s, and limit an officer’s failed look-ups', async () => {
      const sessionId = await addSession(5, 120);
      const { code } = (await book(testIdentities.applicant(), sessionId)).data!.bookSession;
      const lookup = (identity: Identity, value: string) => call(BY_CODE, { code: value }, identity);
      const stranger = testIdentities.officer(randomUUID());
      const unknown = await lookup(stranger, 'ZZZZ9999');
      const foreign = await lookup(stranger, code);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(foreign.errors).toEqual(unknown.errors);
      expect(errorCodes(await lookup(stranger, 'YYYY9999'))).toEqual(['NOT_FOUND']);
      // Three failures used up the limit: the fourth look-up is refused before it is made, even for a good code.
      const limited = await lookup(stranger, code);
      expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
      expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);

      // Look-ups that find a booking are given back: an officer of the office is never held up by them.
      const reception = testIdentities.officer(officeId);
      for (let i = 0; i < 5; i += 1) expect((await lookup(reception, code)).errors).toBeUndefined();
      // A device finds nothing by code and is limited like an officer.
      const kiosk: Identity = { sub: randomUUID(), kind: 'device', roles: [], officeId, deviceKind: 'KIOSK' };
      for (let i = 0; i < 3; i += 1) expect(errorCodes(await lookup(kiosk, code))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await lookup(kiosk, code))).toEqual(['RATE_LIMITED']);
    });
  });

  describe('a released NIK', () => {
    it('cancels the active bookings of the family entry or account that held it, with the reason, once', async () => {
      const [first, second] = [await addSession(5, 130), await addSession(5, 131)];
      const holder = await registered('1980-01-01', 'F');
      const member = await familyMember(holder, '2001-07-07', 'F');
      const own = (await book(holder, first)).data!.bookSession;
      const hers = (await book(holder, second, { familyMemberId: member })).data!.bookSession;
      const reason = 'NIK dilepas oleh pemiliknya (KTP diperiksa)';

      const released = envelope(NikReleased, {
        personId: member,
        personKind: 'FAMILY_MEMBER',
        applicantId: holder.sub,
        reason,
      });
      await sut.bus.publish(released);
      const cancelled = await waitFor(
        () =>
          published.find(
            (e) => e.subject === BookingCancelled.subject && (e.payload as { bookingId: string }).bookingId === hers.id,
          ),
        5000,
        'booking.cancelled for the released family member',
      );
      // The event carries the reason and the account, so identity tells her holder at once.
      expect(cancelled.payload).toEqual({
        bookingId: hers.id,
        officeId,
        sessionId: second,
        cancelReason: expect.any(String),
        applicantId: expect.any(String),
        bookingVersion: 2,
      });
      const mine = async () =>
        (
          await call<{ myBookings: { id: string; status: string; cancelReason: string | null }[] }>(
            MY_BOOKINGS,
            {},
            holder,
          )
        ).data!.myBookings;
      expect((await mine()).find((b) => b.id === hers.id)).toMatchObject({ status: 'CANCELLED', cancelReason: reason });
      expect((await mine()).find((b) => b.id === own.id)).toMatchObject({ status: 'BOOKED', cancelReason: null });
      expect(await booked(second)).toBe(0);
      // A redelivery changes nothing; the released entry books no more.
      expect(await sut.subgraph.app.get(NikReleasedConsumer).handle(released)).toBe(false);
      expect(errorCodes(await book(holder, second, { familyMemberId: member }))).toEqual(['NOT_FOUND']);

      // The account held someone else's NIK as its own: it is closed, and all its bookings go.
      await sut.bus.publish(
        envelope(NikReleased, { personId: holder.sub, personKind: 'APPLICANT', applicantId: holder.sub, reason }),
      );
      await waitFor(
        async () => ((await mine()).find((b) => b.id === own.id)?.status === 'CANCELLED' ? true : undefined),
        5000,
        'the account’s own booking cancelled',
      );
      expect(await booked(first)).toBe(0);
      const announced = published.filter(
        (e) =>
          e.subject === BookingCancelled.subject &&
          [own.id, hers.id].includes((e.payload as { bookingId: string }).bookingId),
      );
      expect(announced).toHaveLength(2);
    });
  });
});
