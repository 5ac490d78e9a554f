import { randomUUID } from 'node:crypto';
import { Identity, QrTokenVerifier } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { BookingCreated, EventEnvelope, FamilyMemberAdded, TicketCheckedIn, TicketCompleted } from '@antrian/contracts';
import { captureLogs, errorCodes, sessionSlot, testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { loadSchedulingConfig } from '../src/config/scheduling.config';
import { ReconciliationCaseRepository } from '../src/reconciliation/reconciliation-case.repository';
import { CounterEventsConsumer } from '../src/consumers/counter-events.consumer';
import { IdentityEventsConsumer } from '../src/consumers/identity-events.consumer';
import { MaintenanceService } from '../src/consumers/maintenance.service';
import { startScheduling } from '../src/scheduling.app';

const CREATE_OFFICE = `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id code timeZone } }`;
const ADD_SESSION = `mutation ($input: AddSessionInput!) { addSession(input: $input) { id capacity remaining } }`;
const BOOK = `mutation ($input: BookSessionInput!) {
  bookSession(input: $input) { id code status qrToken qrSvg session { id remaining } office { id } }
}`;
const CANCEL = `mutation ($id: ID!) { cancelBooking(id: $id) { id status } }`;
const RESCHEDULE = `mutation ($id: ID!, $sessionId: ID!) { rescheduleBooking(id: $id, sessionId: $sessionId) { id session { id } } }`;
const AVAILABILITY = `query ($id: ID!, $from: Date!, $to: Date!) {
  office(id: $id) { availability(from: $from, to: $to) { date open sessions { id capacity remaining startsAt } } }
}`;
const BY_CODE = `query ($code: String!) { booking(code: $code) { id status } }`;

const HOUR = 3600_000;

describe('scheduling subgraph (PostgreSQL)', () => {
  const logs = captureLogs('scheduling-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'scheduling',
    logger: logs.logger,
    observe: ['scheduling.*.*'],
    start: ({ env, bus, logger }) =>
      startScheduling({
        config: loadSchedulingConfig({ ...env, DATABASE_POOL_SIZE: '20' }),
        bus,
        logger,
        migrate: true,
      }),
  });
  const { call, published } = sut;
  const admin = testIdentities.admin();
  let officeId: string;
  let supervisor: Identity;

  let sessionsAdded = 0;
  /** Each test session starts at its own minute, so that no two collide. */
  const addSession = async (capacity: number, startsInHours: number, lengthHours = 1) => {
    sessionsAdded += 1;
    const near = new Date(Date.now() + startsInHours * HOUR);
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, lengthHours * HOUR, sessionsAdded);
    const response = await call<{ addSession: { id: string } }>(
      ADD_SESSION,
      { input: { officeId, capacity, startsAt, endsAt } },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.addSession.id;
  };
  const book = (applicant: Identity, sessionId: string, idempotencyKey: string = randomUUID()) =>
    call<{ bookSession: { id: string; code: string; qrToken: string; qrSvg: string; session: { remaining: number } } }>(
      BOOK,
      { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey } },
      applicant,
    );
  const booked = async (sessionId: string) =>
    Number((await sut.sql.query('SELECT booked FROM session WHERE id = $1', [sessionId])).rows[0].booked);
  const activeBookings = async (sessionId: string) =>
    Number(
      (
        await sut.sql.query(`SELECT count(*) AS n FROM booking WHERE session_id = $1 AND status = 'BOOKED'`, [
          sessionId,
        ])
      ).rows[0].n,
    );

  beforeAll(async () => {
    const office = await call<{ createOffice: { id: string } }>(
      CREATE_OFFICE,
      { input: { code: 'BLITAR', name: 'Kantor Imigrasi Kelas II Blitar', timeZone: 'Asia/Jakarta' } },
      admin,
    );
    expect(office.errors).toBeUndefined();
    officeId = office.data!.createOffice.id;
    supervisor = testIdentities.officer(officeId, ['SUPERVISOR']);
  });

  describe('offices and calendars', () => {
    it('lets only an ADMIN create offices, with a real IANA zone and a unique code', async () => {
      const input = { code: 'JAYAPURA', name: 'Kantor Imigrasi Jayapura', timeZone: 'Asia/Jayapura' };
      expect(errorCodes(await call(CREATE_OFFICE, { input }, supervisor))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CREATE_OFFICE, { input }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(CREATE_OFFICE, { input: { ...input, timeZone: 'Mars/Olympus' } }, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect((await call(CREATE_OFFICE, { input }, admin)).errors).toBeUndefined();
      expect(errorCodes(await call(CREATE_OFFICE, { input: { ...input, code: 'jayapura' } }, admin))).toEqual([
        'ALREADY_REGISTERED',
      ]);
      await waitFor(() => published.find((e) => e.subject === 'scheduling.office.created'), 5000, 'office.created');
    });

    it('shows public availability day by day from the weekly template, in the office’s own dates', async () => {
      const response = await call<{
        office: {
          availability: { date: string; open: boolean; sessions: { capacity: number; remaining: number }[] }[];
        };
      }>(AVAILABILITY, { id: officeId, from: '2026-12-07', to: '2026-12-13' });
      // The calendar reaches SESSION_HORIZON_DAYS ahead of today; this week may be before or inside it.
      expect(response.errors).toBeUndefined();
      const days = response.data!.office.availability;
      expect(days.map((d) => d.date)).toEqual([
        '2026-12-07',
        '2026-12-08',
        '2026-12-09',
        '2026-12-10',
        '2026-12-11',
        '2026-12-12',
        '2026-12-13',
      ]);
      expect(days.map((d) => d.open)).toEqual([true, true, true, true, true, false, false]);
      expect(days[5].sessions).toEqual([]);
    });

    it('refuses a range that is reversed or too long', async () => {
      expect(errorCodes(await call(AVAILABILITY, { id: officeId, from: '2026-12-10', to: '2026-12-01' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(AVAILABILITY, { id: officeId, from: '2026-01-01', to: '2026-12-31' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('dates a session by the office’s local day, also just after midnight in WIT', async () => {
      const papua = await call<{ createOffice: { id: string } }>(
        CREATE_OFFICE,
        { input: { code: 'MERAUKE', name: 'Kantor Imigrasi Merauke', timeZone: 'Asia/Jayapura' } },
        admin,
      );
      const papuaId = papua.data!.createOffice.id;
      // 15:30 UTC is 00:30 the next day in Asia/Jayapura (UTC+9).
      const startsAt = '2027-03-01T15:30:00.000Z';
      const added = await call(
        ADD_SESSION,
        { input: { officeId: papuaId, capacity: 3, startsAt, endsAt: '2027-03-01T16:30:00.000Z' } },
        testIdentities.officer(papuaId, ['SUPERVISOR']),
      );
      expect(added.errors).toBeUndefined();
      const day = await call<{ office: { availability: { sessions: { startsAt: string }[] }[] } }>(AVAILABILITY, {
        id: papuaId,
        from: '2027-03-02',
        to: '2027-03-02',
      });
      expect(day.data!.office.availability[0].sessions.map((s) => s.startsAt)).toContain(startsAt);
    });
  });

  describe('booking', () => {
    it('books a place with an 8-character code and a QR token the counter can verify alone', async () => {
      const sessionId = await addSession(5, 72);
      const applicant = testIdentities.applicant();
      const response = await book(applicant, sessionId);
      expect(response.errors).toBeUndefined();
      const booking = response.data!.bookSession;
      expect(booking.code).toMatch(/^[2346789ABCDEFGHJKMNPQRTUVWXYZ]{8}$/);
      expect(booking.session.remaining).toBe(4);
      expect(booking.qrSvg).toMatch(/^<svg/);
      const claims = await new QrTokenVerifier(DEV_SECRETS.QR_PUBLIC_KEY).verify(booking.qrToken);
      expect(claims).toMatchObject({ bookingId: booking.id, bookingCode: booking.code, officeId, sessionId });
      const event = await waitFor(
        () =>
          published.find(
            (e) =>
              e.subject === BookingCreated.subject && (e.payload as { bookingId: string }).bookingId === booking.id,
          ),
        5000,
        'booking.created',
      );
      expect(event.payload).toMatchObject({
        code: booking.code,
        applicantId: applicant.sub,
        familyMemberId: null,
        officeId,
        sessionId,
      });
    });

    it('never sells a place twice: 200 racing applicants on 20 places give exactly 20 bookings', async () => {
      const sessionId = await addSession(20, 96);
      const responses = await Promise.all(
        Array.from({ length: 200 }, () => book(testIdentities.applicant(), sessionId)),
      );
      const codes = responses.map((r) => errorCodes(r)[0] ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(20);
      expect(codes.filter((c) => c === 'SESSION_FULL')).toHaveLength(180);
      expect(await booked(sessionId)).toBe(20);
      expect(await activeBookings(sessionId)).toBe(20);
    });

    it('returns the first result to concurrent retries with one idempotency key', async () => {
      const sessionId = await addSession(10, 96);
      const applicant = testIdentities.applicant();
      const key = randomUUID();
      const responses = await Promise.all(Array.from({ length: 20 }, () => book(applicant, sessionId, key)));
      expect(responses.every((r) => !r.errors)).toBe(true);
      expect(new Set(responses.map((r) => r.data!.bookSession.id)).size).toBe(1);
      expect(await booked(sessionId)).toBe(1);
    });

    it('returns the earlier booking to a retry even after the session filled up', async () => {
      const sessionId = await addSession(1, 96);
      const applicant = testIdentities.applicant();
      const first = await book(applicant, sessionId, 'retry-after-full');
      expect(errorCodes(await book(testIdentities.applicant(), sessionId))).toEqual(['SESSION_FULL']);
      const retry = await book(applicant, sessionId, 'retry-after-full');
      expect(retry.data!.bookSession.id).toBe(first.data!.bookSession.id);
    });

    it('allows one active booking per applicant, enforced by the database', async () => {
      const [a, b] = [await addSession(5, 100), await addSession(5, 101)];
      const applicant = testIdentities.applicant();
      const responses = await Promise.all([
        book(applicant, a),
        book(applicant, b),
        book(applicant, a),
        book(applicant, b),
      ]);
      expect(responses.filter((r) => !r.errors)).toHaveLength(1);
      expect(responses.filter((r) => errorCodes(r)[0] === 'ACTIVE_BOOKING_EXISTS')).toHaveLength(3);
    });

    it('refuses sessions not yet released, already started, or unknown, changing nothing', async () => {
      const unreleased = (
        await sut.sql.query(`SELECT id FROM session WHERE office_id = $1 AND bookable_from > now() LIMIT 1`, [officeId])
      ).rows[0]?.id as string | undefined;
      if (unreleased) {
        expect(errorCodes(await book(testIdentities.applicant(), unreleased))).toEqual(['BOOKING_CLOSED']);
        expect(await booked(unreleased)).toBe(0);
      }
      const started = await addSession(5, -0.5);
      expect(errorCodes(await book(testIdentities.applicant(), started))).toEqual(['BOOKING_CLOSED']);
      expect(await booked(started)).toBe(0);
      expect(errorCodes(await book(testIdentities.applicant(), randomUUID()))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await book(supervisor, started))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await call(
            BOOK,
            { input: { sessionId: started, service: 'NEW_ORDINARY', idempotencyKey: 'x' } },
            testIdentities.applicant(),
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('changes', () => {
    it('gives a cancelled place to exactly one of many racing newcomers', async () => {
      const sessionId = await addSession(5, 120);
      const holders = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const applicant = testIdentities.applicant();
          return { applicant, booking: (await book(applicant, sessionId)).data!.bookSession };
        }),
      );
      expect(errorCodes(await book(testIdentities.applicant(), sessionId))).toEqual(['SESSION_FULL']);
      const [cancelled, ...newcomers] = await Promise.all([
        call(CANCEL, { id: holders[0].booking.id }, holders[0].applicant),
        ...Array.from({ length: 30 }, () => book(testIdentities.applicant(), sessionId)),
      ]);
      expect(cancelled.errors).toBeUndefined();
      // Newcomers that ran before the cancellation committed found it full; exactly one after it got the place.
      const winners = newcomers.filter((r) => !r.errors);
      expect(winners.length).toBeLessThanOrEqual(1);
      if (winners.length === 0) expect((await book(testIdentities.applicant(), sessionId)).errors).toBeUndefined();
      expect(await booked(sessionId)).toBe(5);
      expect(await activeBookings(sessionId)).toBe(5);
    });

    it('refuses to cancel after the cut-off, or someone else’s booking', async () => {
      const soon = await addSession(3, 2);
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, soon)).data!.bookSession;
      expect(errorCodes(await call(CANCEL, { id: booking.id }, applicant))).toEqual(['BOOKING_CLOSED']);
      const later = await addSession(3, 200);
      const other = testIdentities.applicant();
      const theirs = (await book(other, later)).data!.bookSession;
      expect(errorCodes(await call(CANCEL, { id: theirs.id }, applicant))).toEqual(['NOT_FOUND']);
      expect(await booked(later)).toBe(1);
    });

    it('moves a booking atomically and keeps the old place when the new session is full', async () => {
      const [from, to, full] = [await addSession(2, 130), await addSession(2, 131), await addSession(1, 132)];
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, from)).data!.bookSession;
      await book(testIdentities.applicant(), full);
      expect(errorCodes(await call(RESCHEDULE, { id: booking.id, sessionId: full }, applicant))).toEqual([
        'SESSION_FULL',
      ]);
      expect([await booked(from), await booked(full)]).toEqual([1, 1]);
      const moved = await call<{ rescheduleBooking: { session: { id: string } } }>(
        RESCHEDULE,
        { id: booking.id, sessionId: to },
        applicant,
      );
      expect(moved.data!.rescheduleBooking.session.id).toBe(to);
      expect([await booked(from), await booked(to)]).toEqual([0, 1]);
      await waitFor(
        () => published.find((e) => e.subject === 'scheduling.booking.rescheduled'),
        5000,
        'booking.rescheduled',
      );
    });

    it('never holds two places under concurrent reschedules of one booking', async () => {
      const sessions = [await addSession(3, 140), await addSession(3, 141), await addSession(3, 142)];
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, sessions[0])).data!.bookSession;
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          call(RESCHEDULE, { id: booking.id, sessionId: sessions[(i % 2) + 1] }, applicant),
        ),
      );
      const places = await Promise.all(sessions.map(booked));
      expect(places.reduce((a, b) => a + b, 0)).toBe(1);
      const where = (await sut.sql.query('SELECT session_id FROM booking WHERE id = $1', [booking.id])).rows[0]
        .session_id;
      expect(places[sessions.indexOf(where)]).toBe(1);
    });

    it('never deadlocks or leaks places when two bookings swap sessions at once', async () => {
      const [a, b] = [await addSession(1, 150), await addSession(1, 151)];
      const [x, y] = [testIdentities.applicant(), testIdentities.applicant()];
      const bx = (await book(x, a)).data!.bookSession;
      const by = (await book(y, b)).data!.bookSession;
      const results = await Promise.all([
        call(RESCHEDULE, { id: bx.id, sessionId: b }, x),
        call(RESCHEDULE, { id: by.id, sessionId: a }, y),
      ]);
      expect(results.flatMap(errorCodes).every((c) => c === 'SESSION_FULL')).toBe(true);
      expect([await booked(a), await booked(b)]).toEqual([1, 1]);
    });
  });

  describe('visibility', () => {
    it('shows a booking by code to its owner and officers of its office only, NOT_FOUND to anyone else', async () => {
      const sessionId = await addSession(3, 160);
      const owner = testIdentities.applicant();
      const { code } = (await book(owner, sessionId)).data!.bookSession;
      const lookup = (identity: Identity | null) =>
        call<{ booking: { id: string } | null }>(BY_CODE, { code: code.toLowerCase() }, identity);
      expect((await lookup(owner)).data!.booking).not.toBeNull();
      expect((await lookup(testIdentities.officer(officeId))).data!.booking).not.toBeNull();
      // Anyone else learns nothing, not even that the code exists (issue 7, point 8).
      expect(errorCodes(await lookup(testIdentities.applicant()))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await lookup(testIdentities.officer(randomUUID())))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await lookup(null))).toEqual(['UNAUTHENTICATED']);
    });

    it('resolves Applicant.bookings for federation, in one batch and only what the caller may see', async () => {
      const sessionId = await addSession(3, 170);
      const [p, q] = [testIdentities.applicant(), testIdentities.applicant()];
      await book(p, sessionId);
      await book(q, sessionId);
      const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Applicant { id bookings { id status } } } }`;
      const reps = [p, q].map((a) => ({ __typename: 'Applicant', id: a.sub }));
      const asP = await call<{ _entities: { bookings: unknown[] }[] }>(query, { reps }, p);
      expect(asP.data!._entities.map((e) => e.bookings.length)).toEqual([1, 0]);
      const asOfficer = await call<{ _entities: { bookings: unknown[] }[] }>(
        query,
        { reps },
        testIdentities.officer(officeId),
      );
      expect(asOfficer.data!._entities.map((e) => e.bookings.length)).toEqual([1, 1]);
    });
  });

  describe('family members', () => {
    const BOOK_FOR = `mutation ($input: BookSessionInput!) {
      bookSession(input: $input) { id applicant { id } familyMember { id } }
    }`;
    type BookedFor = { bookSession: { id: string; applicant: { id: string }; familyMember: { id: string } | null } };
    const bookFor = (applicant: Identity, sessionId: string, familyMemberId: string) =>
      call<BookedFor>(
        BOOK_FOR,
        {
          input: {
            sessionId,
            service: 'NEW_ORDINARY',
            priority: 'CHILD',
            familyMemberId,
            idempotencyKey: randomUUID(),
          },
        },
        applicant,
      );
    /** What identity announces when an applicant adds a family member; scheduling learns it from the bus. */
    const addFamilyMember = async (applicant: Identity) => {
      const familyMemberId = randomUUID();
      const added: EventEnvelope = {
        id: randomUUID(),
        subject: FamilyMemberAdded.subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: { familyMemberId, applicantId: applicant.sub },
      };
      await sut.bus.publish(added);
      await waitFor(
        async () => (await sut.sql.query('SELECT 1 FROM family_member_copy WHERE id = $1', [familyMemberId])).rows[0],
        5000,
        'family member copy',
      );
      return { familyMemberId, added };
    };

    it('books for the applicant and each family member, one active booking per person', async () => {
      const [first, second] = [await addSession(5, 210), await addSession(5, 211)];
      const parent = testIdentities.applicant();
      const { familyMemberId: child, added } = await addFamilyMember(parent);
      expect((await book(parent, first)).errors).toBeUndefined();
      const forChild = await bookFor(parent, first, child);
      expect(forChild.errors).toBeUndefined();
      expect(forChild.data!.bookSession.applicant.id).toBe(parent.sub);
      expect(forChild.data!.bookSession.familyMember).toEqual({ id: child });
      // The event names the person the booking is for, so identity knows whom the office serves.
      const created = await waitFor(
        () =>
          published.find(
            (e) =>
              e.subject === BookingCreated.subject &&
              (e.payload as { bookingId: string }).bookingId === forChild.data!.bookSession.id,
          ),
        5000,
        'booking.created for the child',
      );
      expect(created.payload).toMatchObject({ applicantId: parent.sub, familyMemberId: child });
      expect(errorCodes(await bookFor(parent, second, child))).toEqual(['ACTIVE_BOOKING_EXISTS']);
      expect(errorCodes(await book(parent, second))).toEqual(['ACTIVE_BOOKING_EXISTS']);
      expect(await booked(second)).toBe(0);
      const mine = await call<{ myBookings: { id: string }[] }>(`{ myBookings { id } }`, {}, parent);
      expect(mine.data!.myBookings).toHaveLength(2);

      // The place is the child's again once her booking is cancelled.
      expect((await call(CANCEL, { id: forChild.data!.bookSession.id }, parent)).errors).toBeUndefined();
      expect((await bookFor(parent, second, child)).errors).toBeUndefined();

      // A redelivered announcement is recognised and changes nothing; a version it does not know is left alone.
      const consumer = sut.subgraph.app.get(IdentityEventsConsumer);
      expect(await consumer.handle(added)).toBe(false);
      const unknownVersion = {
        ...added,
        id: randomUUID(),
        version: 2,
        payload: { familyMemberId: randomUUID(), applicantId: parent.sub },
      };
      expect(await consumer.handle(unknownVersion)).toBe(false);
      const copies = await sut.sql.query('SELECT id FROM family_member_copy WHERE applicant_id = $1', [parent.sub]);
      expect(copies.rows).toEqual([{ id: child }]);
    });

    it('refuses a family member of another account, or one identity never announced', async () => {
      const sessionId = await addSession(5, 212);
      const { familyMemberId } = await addFamilyMember(testIdentities.applicant());
      const stranger = testIdentities.applicant();
      expect(errorCodes(await bookFor(stranger, sessionId, familyMemberId))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await bookFor(stranger, sessionId, randomUUID()))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await bookFor(stranger, sessionId, 'not-an-id'))).toEqual(['BAD_USER_INPUT']);
      expect(await booked(sessionId)).toBe(0);
    });

    it('gives a family member exactly one booking however many requests race for her', async () => {
      const sessions = [await addSession(10, 213), await addSession(10, 214)];
      const parent = testIdentities.applicant();
      const { familyMemberId } = await addFamilyMember(parent);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => bookFor(parent, sessions[i % 2], familyMemberId)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(new Set(results.flatMap(errorCodes))).toEqual(new Set(['ACTIVE_BOOKING_EXISTS']));
      expect((await booked(sessions[0])) + (await booked(sessions[1]))).toBe(1);
    });
  });

  describe('the office floor’s events and the end of the day', () => {
    it('moves a booking through CHECKED_IN to COMPLETED once, however often the events arrive', async () => {
      const sessionId = await addSession(3, 180);
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, sessionId)).data!.bookSession;
      const consumer = sut.subgraph.app.get(CounterEventsConsumer);
      const checkedIn: EventEnvelope = {
        id: randomUUID(),
        subject: TicketCheckedIn.subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: {
          ticketId: randomUUID(),
          bookingId: booking.id,
          officeId,
          number: 'A-001',
          checkedInAt: new Date().toISOString(),
        },
      };
      await consumer.handle(checkedIn);
      const status = async () =>
        (await sut.sql.query('SELECT status FROM booking WHERE id = $1', [booking.id])).rows[0].status;
      expect(await status()).toBe('CHECKED_IN');
      const completed: EventEnvelope = {
        id: randomUUID(),
        subject: TicketCompleted.subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: { ticketId: randomUUID(), bookingId: booking.id, officeId, completedAt: new Date().toISOString() },
      };
      await consumer.handle(completed);
      // The check-in again (a redelivery) must not undo the completion.
      await consumer.handle(checkedIn);
      await sut.bus.publish(checkedIn);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await status()).toBe('COMPLETED');
      const handled = await sut.sql.query('SELECT count(*) AS n FROM inbox_event WHERE event_id = $1', [checkedIn.id]);
      expect(Number(handled.rows[0].n)).toBe(1);
    });

    const floorCheckIn = (bookingId: string): EventEnvelope => ({
      id: randomUUID(),
      subject: TicketCheckedIn.subject,
      version: 1,
      occurredAt: new Date().toISOString(),
      payload: { ticketId: randomUUID(), bookingId, officeId, number: 'A-009', checkedInAt: new Date().toISOString() },
    });
    const statusOf = async (bookingId: string) =>
      (await sut.sql.query('SELECT status, version FROM booking WHERE id = $1', [bookingId])).rows[0];

    it('revives a cancelled booking the floor checked in only by taking its place again', async () => {
      const sessionId = await addSession(2, 185);
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, sessionId)).data!.bookSession;
      expect((await call(CANCEL, { id: booking.id }, applicant)).errors).toBeUndefined();
      expect(await booked(sessionId)).toBe(0);
      await sut.subgraph.app.get(CounterEventsConsumer).handle(floorCheckIn(booking.id));
      expect((await statusOf(booking.id)).status).toBe('CHECKED_IN');
      expect(await booked(sessionId)).toBe(1);
    });

    it('never oversells to revive a cancelled booking: a full session opens a reconciliation case instead (fault 1)', async () => {
      const sessionId = await addSession(1, 186);
      const [first, second] = [testIdentities.applicant(), testIdentities.applicant()];
      const cancelled = (await book(first, sessionId)).data!.bookSession;
      expect((await call(CANCEL, { id: cancelled.id }, first)).errors).toBeUndefined();
      // Its place is taken by someone else meanwhile.
      expect((await book(second, sessionId)).errors).toBeUndefined();
      const errorsBefore = logs.errors().length;

      await sut.subgraph.app.get(CounterEventsConsumer).handle(floorCheckIn(cancelled.id));

      expect((await statusOf(cancelled.id)).status).toBe('CANCELLED');
      expect(await booked(sessionId)).toBe(1);
      const active = await sut.sql.query(
        `SELECT count(*) AS n FROM booking WHERE session_id = $1 AND status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')`,
        [sessionId],
      );
      expect(Number(active.rows[0].n)).toBe(1);
      const cases = await sut.sql.query('SELECT booking_id, reason FROM reconciliation_case WHERE booking_id = $1', [
        cancelled.id,
      ]);
      expect(cases.rows).toEqual([{ booking_id: cancelled.id, reason: 'CHECKED_IN_AFTER_CANCELLATION_SESSION_FULL' }]);
      expect(await sut.subgraph.app.get(ReconciliationCaseRepository).countOpen()).toBeGreaterThanOrEqual(1);
      const events = await sut.sql.query(
        `SELECT payload FROM outbox_event WHERE subject = 'scheduling.booking.reconciliation_needed' AND payload->>'bookingId' = $1`,
        [cancelled.id],
      );
      expect(events.rows).toHaveLength(1);
      const errors = logs.errors().slice(errorsBefore);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ bookingId: cancelled.id, sessionId });
    });

    it('versions each booking: 1 when made, one more per change, carried by its events', async () => {
      const sessionId = await addSession(3, 187);
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, sessionId)).data!.bookSession;
      expect((await statusOf(booking.id)).version).toBe(1);
      await call(CANCEL, { id: booking.id }, applicant);
      expect((await statusOf(booking.id)).version).toBe(2);
      const events = await sut.sql.query(
        `SELECT subject, version, payload->>'bookingVersion' AS "bookingVersion" FROM outbox_event
          WHERE payload->>'bookingId' = $1 ORDER BY position`,
        [booking.id],
      );
      expect(events.rows).toEqual([
        { subject: 'scheduling.booking.created', version: 2, bookingVersion: '1' },
        { subject: 'scheduling.booking.cancelled', version: 2, bookingVersion: '2' },
      ]);
    });

    it('marks bookings never checked in by the end of their local day as NO_SHOW', async () => {
      const sessionId = await addSession(3, 190);
      const applicant = testIdentities.applicant();
      const booking = (await book(applicant, sessionId)).data!.bookSession;
      const maintenance = sut.subgraph.app.get(MaintenanceService);
      expect(await maintenance.sweepNoShows(new Date())).toBe(0);
      const threeDaysLater = new Date(Date.now() + 12 * 24 * HOUR);
      expect(await maintenance.sweepNoShows(threeDaysLater)).toBeGreaterThanOrEqual(1);
      expect((await sut.sql.query('SELECT status FROM booking WHERE id = $1', [booking.id])).rows[0].status).toBe(
        'NO_SHOW',
      );
      await waitFor(() => published.find((e) => e.subject === 'scheduling.booking.no_show'), 5000, 'booking.no_show');
    });
  });
  describe('bad input', () => {
    const HOLIDAY = `mutation ($input: AddHolidayInput!) { addHoliday(input: $input) { date name } }`;

    it('refuses malformed ids as BAD_USER_INPUT before they reach PostgreSQL, and unknown ones as NOT_FOUND', async () => {
      const applicant = testIdentities.applicant();
      const errorsBefore = logs.errors().length;
      expect(errorCodes(await call(`{ office(id: "x'--") { id } }`))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(`query ($id: ID!) { office(id: $id) { id } }`, { id: "x'--" }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(CANCEL, { id: 'x' }, applicant))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(RESCHEDULE, { id: randomUUID(), sessionId: '1 OR 1=1' }, applicant))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(CANCEL, { id: randomUUID() }, applicant))).toEqual(['NOT_FOUND']);
      expect((await call(`query ($id: ID!) { office(id: $id) { id } }`, { id: randomUUID() })).data).toEqual({
        office: null,
      });
      const entities = await call(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Office { id } } }`, {
        r: [{ __typename: 'Office', id: "x'--" }],
      });
      expect(errorCodes(entities)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(entities)).not.toContain("x'--");
      expect(logs.errors().slice(errorsBefore)).toEqual([]);
    });

    it('refuses impossible dates and NUL characters as BAD_USER_INPUT, in variables and literals', async () => {
      const errorsBefore = logs.errors().length;
      const holiday = { officeId, date: '1990-02-30', name: 'Libur' };
      expect(errorCodes(await call(HOLIDAY, { input: holiday }, admin))).toEqual(['BAD_USER_INPUT']);
      const literal = await call(
        `mutation { addHoliday(input: { officeId: "${officeId}", date: "1990-02-30", name: "Libur" }) { date } }`,
        {},
        admin,
      );
      expect(errorCodes(literal)).toEqual(['BAD_USER_INPUT']);
      expect(
        errorCodes(await call(HOLIDAY, { input: { ...holiday, date: '2030-01-01', name: 'Li\u0000bur' } }, admin)),
      ).toEqual(['BAD_USER_INPUT']);
      const book = await call(
        BOOK,
        {
          input: { sessionId: randomUUID(), service: 'NEW_ORDINARY', idempotencyKey: 'a\u0000b' },
        },
        testIdentities.applicant(),
      );
      expect(errorCodes(book)).toEqual(['BAD_USER_INPUT']);
      expect(logs.errors().slice(errorsBefore)).toEqual([]);
    });

    it('stores office names in NFC and refuses hidden characters in them', async () => {
      const input = { code: 'KEDIRI', name: 'Kantor Imigrasi Kediri \u202eirideK', timeZone: 'Asia/Jakarta' };
      expect(errorCodes(await call(CREATE_OFFICE, { input }, admin))).toEqual(['BAD_USER_INPUT']);
      expect(
        errorCodes(await call(CREATE_OFFICE, { input: { ...input, name: 'Kantor\u200bImigrasi' } }, admin)),
      ).toEqual(['BAD_USER_INPUT']);
      const created = await call<{ createOffice: { id: string } }>(
        CREATE_OFFICE,
        { input: { ...input, name: 'Kantor Imigrasi Kediri Cafe\u0301' } },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const stored = await sut.sql.query('SELECT name FROM office WHERE id = $1', [created.data!.createOffice.id]);
      expect(stored.rows[0].name).toBe('Kantor Imigrasi Kediri Caf\u00e9');
    });

    it('refuses a session more than two years ahead', async () => {
      const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 3 * 365 * 86_400_000), HOUR, 1);
      const response = await call(ADD_SESSION, { input: { officeId, capacity: 10, startsAt, endsAt } }, supervisor);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toBe('A session starts at most 730 days ahead');
    });
  });
});
