import { randomUUID } from 'node:crypto';
import { Identity } from '@antrian/auth';
import {
  BookingCancelled,
  EventEnvelope,
  FamilyMemberAdded,
  FamilyMemberRemoved,
  OfficeUpdated,
  SessionCancelled,
} from '@antrian/contracts';
import { captureLogs, errorCodes, sessionSlot, testIdentities, useSubgraphUnderTest, waitFor } from '@antrian/testing';
import { loadSchedulingConfig } from '../src/config/scheduling.config';
import { startScheduling } from '../src/scheduling.app';

const CREATE_OFFICE = `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;
const ADD_SESSION = `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`;
const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id status rescheduleCount } }`;
const RESCHEDULE = `mutation ($id: ID!, $sessionId: ID!) {
  rescheduleBooking(id: $id, sessionId: $sessionId) { id rescheduleCount session { id } }
}`;
const CANCEL_SESSION = `mutation ($id: ID!, $reason: String!) {
  cancelSession(id: $id, reason: $reason) { id cancelReason remaining }
}`;
const RULES = `mutation ($input: UpdateOfficeRulesInput!) {
  updateOfficeRules(input: $input) { id maxReschedules recallGapSeconds maxCalls }
}`;
const HOLIDAY = `mutation ($input: AddHolidayInput!) { addHoliday(input: $input) { date name } }`;
const MY_BOOKINGS = `{ myBookings { id status cancelReason rescheduleCount session { id cancelReason } } }`;
const ARRIVALS = `query ($officeId: ID!, $date: Date!) {
  expectedArrivals(officeId: $officeId, date: $date) { session { id cancelReason } bookings { id status } }
}`;

const HOUR = 3600_000;

interface MyBooking {
  id: string;
  status: string;
  cancelReason: string | null;
  rescheduleCount: number;
  session: { id: string; cancelReason: string | null };
}

describe('the office cancels, reschedule limits and expected arrivals (PostgreSQL)', () => {
  const logs = captureLogs('scheduling-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'scheduling_office_cancels',
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
  /** Each session at its own minute, days ahead (past the 24-hour change cut-off). */
  const addSession = async (capacity: number, startsInHours = 72, office = () => officeId) => {
    sessionsAdded += 1;
    const near = new Date(Date.now() + startsInHours * HOUR);
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', near, HOUR, sessionsAdded);
    const response = await call<{ addSession: { id: string } }>(
      ADD_SESSION,
      { input: { officeId: office(), capacity, startsAt, endsAt } },
      admin,
    );
    expect(response.errors).toBeUndefined();
    return { id: response.data!.addSession.id, startsAt: new Date(startsAt) };
  };
  const book = (applicant: Identity, sessionId: string, familyMemberId?: string) =>
    call<{ bookSession: { id: string; status: string; rescheduleCount: number } }>(
      BOOK,
      { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey: randomUUID(), familyMemberId } },
      applicant,
    );
  const myBookings = async (applicant: Identity) =>
    (await call<{ myBookings: MyBooking[] }>(MY_BOOKINGS, {}, applicant)).data!.myBookings;
  const sql = async (query: string, params: unknown[]) => (await sut.sql.query(query, params)).rows;
  const jakartaDate = (at: Date) => new Date(at.getTime() + 7 * HOUR).toISOString().slice(0, 10);

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

  describe('cancelSession', () => {
    it('cancels every active booking with the reason, tells each event, and never sells the session again', async () => {
      const session = await addSession(5);
      const other = await addSession(5, 96);
      const [ani, budi] = [testIdentities.applicant(), testIdentities.applicant()];
      const anis = (await book(ani, session.id)).data!.bookSession;
      const budis = (await book(budi, session.id)).data!.bookSession;
      expect(await sql(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1 RETURNING id`, [budis.id])).toHaveLength(
        1,
      );

      const reason = 'Pemadaman listrik di kantor';
      const cancelled = await call<{ cancelSession: { cancelReason: string; remaining: number } }>(
        CANCEL_SESSION,
        { id: session.id, reason: `  ${reason} ` },
        supervisor,
      );
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data!.cancelSession).toMatchObject({ cancelReason: reason, remaining: 0 });

      const [hers] = await myBookings(ani);
      expect(hers).toMatchObject({ id: anis.id, status: 'CANCELLED', cancelReason: reason });
      expect(hers.session.cancelReason).toBe(reason);
      // Budi had cancelled himself: his booking keeps no office reason.
      expect((await myBookings(budi))[0].cancelReason).toBeNull();

      const bookingEvent = await waitFor(
        () =>
          published.find(
            (e) => e.subject === BookingCancelled.subject && (e.payload as { bookingId: string }).bookingId === anis.id,
          ),
        5000,
        'booking.cancelled',
      );
      expect(bookingEvent.payload).toEqual({
        bookingId: anis.id,
        officeId,
        sessionId: session.id,
        cancelReason: reason,
        applicantId: ani.sub,
        bookingVersion: 2,
      });
      const sessionEvent = await waitFor(
        () => published.find((e) => e.subject === SessionCancelled.subject),
        5000,
        'session.cancelled',
      );
      expect(sessionEvent.payload).toMatchObject({ sessionId: session.id, officeId, reason });

      // Nothing of it is sold again, neither by booking nor by moving a booking there.
      const again = await book(ani, session.id);
      expect(errorCodes(again)).toEqual(['BOOKING_CLOSED']);
      expect(again.errors![0].message).toContain(reason);
      const elsewhere = (await book(budi, other.id)).data!.bookSession;
      expect(errorCodes(await call(RESCHEDULE, { id: elsewhere.id, sessionId: session.id }, budi))).toEqual([
        'BOOKING_CLOSED',
      ]);
      expect(errorCodes(await call(CANCEL_SESSION, { id: session.id, reason }, supervisor))).toEqual([
        'INVALID_TRANSITION',
      ]);
    });

    it('is for a supervisor of the office or an administrator, with a reason', async () => {
      const session = await addSession(5);
      const reason = 'Gangguan jaringan';
      const elsewhere = testIdentities.officer(randomUUID(), ['SUPERVISOR']);
      const reception = testIdentities.officer(officeId, ['RECEPTION']);
      expect(errorCodes(await call(CANCEL_SESSION, { id: session.id, reason }, elsewhere))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CANCEL_SESSION, { id: session.id, reason }, reception))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CANCEL_SESSION, { id: session.id, reason }, testIdentities.applicant()))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await call(CANCEL_SESSION, { id: session.id, reason: '   ' }, supervisor))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await call(CANCEL_SESSION, { id: randomUUID(), reason }, supervisor))).toEqual(['NOT_FOUND']);
      expect(await sql(`SELECT 1 FROM session WHERE id = $1 AND cancelled_at IS NULL`, [session.id])).toHaveLength(1);
      expect((await call(CANCEL_SESSION, { id: session.id, reason }, admin)).errors).toBeUndefined();
    });

    it('claim: cancelSession racing 40 bookings sells nothing after the cancellation', async () => {
      const session = await addSession(40);
      const applicants = Array.from({ length: 40 }, () => testIdentities.applicant());
      const [results, cancelled] = await Promise.all([
        Promise.all(applicants.map((applicant) => book(applicant, session.id))),
        new Promise((resolve) => setTimeout(resolve, 30)).then(() =>
          call(CANCEL_SESSION, { id: session.id, reason: 'Hari libur mendadak' }, supervisor),
        ),
      ]);
      expect(cancelled.errors).toBeUndefined();
      const sold = results.filter((result) => !result.errors).map((result) => result.data!.bookSession.id);
      const refused = results.filter((result) => result.errors);
      expect(refused.every((result) => errorCodes(result)[0] === 'BOOKING_CLOSED')).toBe(true);
      expect(sold.length + refused.length).toBe(40);
      // Every place sold before the cancellation was cancelled with it; none was sold after it.
      const rows = await sql(`SELECT id, status, cancel_reason FROM booking WHERE session_id = $1`, [session.id]);
      expect(rows.map((row) => row.id).sort()).toEqual([...sold].sort());
      expect(rows.every((row) => row.status === 'CANCELLED' && row.cancel_reason === 'Hari libur mendadak')).toBe(true);
      expect(errorCodes(await book(testIdentities.applicant(), session.id))).toEqual(['BOOKING_CLOSED']);
    });
  });

  describe('the reschedule limit', () => {
    it('lets a booking be moved once by default, then refuses in plain words; the office may allow more', async () => {
      const [first, second, third] = [await addSession(5), await addSession(5), await addSession(5)];
      const ani = testIdentities.applicant();
      const booking = (await book(ani, first.id)).data!.bookSession;
      expect(booking.rescheduleCount).toBe(0);
      const moved = await call<{ rescheduleBooking: { rescheduleCount: number } }>(
        RESCHEDULE,
        { id: booking.id, sessionId: second.id },
        ani,
      );
      expect(moved.data!.rescheduleBooking.rescheduleCount).toBe(1);
      const refused = await call(RESCHEDULE, { id: booking.id, sessionId: third.id }, ani);
      expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
      expect(refused.errors![0].message).toMatch(/dijadwalkan ulang 1 kali/);
      expect(await sql(`SELECT session_id FROM booking WHERE id = $1`, [booking.id])).toEqual([
        { session_id: second.id },
      ]);

      const rules = await call<{
        updateOfficeRules: { maxReschedules: number; recallGapSeconds: number; maxCalls: number };
      }>(RULES, { input: { officeId, maxReschedules: 2, recallGapSeconds: 90, maxCalls: 4 } }, supervisor);
      expect(rules.data!.updateOfficeRules).toEqual({
        id: officeId,
        maxReschedules: 2,
        recallGapSeconds: 90,
        maxCalls: 4,
      });
      // The counter learns the call rules from the office's events.
      const updated = await waitFor(
        () =>
          published.find(
            (e) => e.subject === OfficeUpdated.subject && (e.payload as { maxCalls: number }).maxCalls === 4,
          ),
        5000,
        'office.updated',
      );
      expect(updated.payload).toMatchObject({ officeId, recallGapSeconds: 90, maxCalls: 4 });
      expect((await call(RESCHEDULE, { id: booking.id, sessionId: third.id }, ani)).errors).toBeUndefined();
      await call(RULES, { input: { officeId, maxReschedules: 1 } }, supervisor);
    });

    it('claim: ten parallel reschedules of one booking move it once, and each session keeps its count', async () => {
      const from = await addSession(5);
      const targets = await Promise.all(Array.from({ length: 10 }, () => addSession(5, 120)));
      const ani = testIdentities.applicant();
      const booking = (await book(ani, from.id)).data!.bookSession;
      const results = await Promise.all(
        targets.map((target) => call(RESCHEDULE, { id: booking.id, sessionId: target.id }, ani)),
      );
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => errorCodes(result)).every((code) => code === 'INVALID_TRANSITION')).toBe(true);
      const [row] = await sql(`SELECT session_id, reschedule_count FROM booking WHERE id = $1`, [booking.id]);
      expect(row.reschedule_count).toBe(1);
      const counts = await sql(`SELECT id, booked FROM session WHERE id = ANY($1::uuid[])`, [
        [from.id, ...targets.map((t) => t.id)],
      ]);
      for (const session of counts) expect(session.booked).toBe(session.id === row.session_id ? 1 : 0);
    });
  });

  describe('a holiday over booked sessions', () => {
    it('lets a supervisor close her own office with a reason, cancelling its booked sessions the same way', async () => {
      const created = await call<{ createOffice: { id: string } }>(
        CREATE_OFFICE,
        { input: { code: 'MALANG', name: 'Kantor Imigrasi Malang', timeZone: 'Asia/Jakarta' } },
        admin,
      );
      const malang = created.data!.createOffice.id;
      const malangSupervisor = testIdentities.officer(malang, ['SUPERVISOR']);
      const session = await addSession(5, 200, () => malang);
      const ani = testIdentities.applicant();
      const booking = (await book(ani, session.id)).data!.bookSession;
      const date = jakartaDate(session.startsAt);
      const input = { officeId: malang, date, name: 'Banjir di sekitar kantor' };

      expect(errorCodes(await call(HOLIDAY, { input }, supervisor))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(HOLIDAY, { input: { ...input, officeId: null } }, malangSupervisor))).toEqual([
        'FORBIDDEN',
      ]);
      expect((await call(HOLIDAY, { input }, malangSupervisor)).errors).toBeUndefined();

      const [hers] = await myBookings(ani);
      expect(hers).toMatchObject({ id: booking.id, status: 'CANCELLED', cancelReason: 'Banjir di sekitar kantor' });
      expect(hers.session.cancelReason).toBe('Banjir di sekitar kantor');
      expect(errorCodes(await book(testIdentities.applicant(), session.id))).toEqual(['BOOKING_CLOSED']);
    });
  });

  describe('expectedArrivals', () => {
    it('lists the day’s sessions with their bookings to officers of the office only', async () => {
      const session = await addSession(5, 300);
      const ani = testIdentities.applicant();
      const booking = (await book(ani, session.id)).data!.bookSession;
      const date = jakartaDate(session.startsAt);
      const reception = testIdentities.officer(officeId, ['RECEPTION']);
      const response = await call<{
        expectedArrivals: { session: { id: string }; bookings: { id: string; status: string }[] }[];
      }>(ARRIVALS, { officeId, date }, reception);
      expect(response.errors).toBeUndefined();
      const mine = response.data!.expectedArrivals.find((entry) => entry.session.id === session.id);
      expect(mine!.bookings).toEqual([{ id: booking.id, status: 'BOOKED' }]);
      expect(errorCodes(await call(ARRIVALS, { officeId, date }, ani))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await call(ARRIVALS, { officeId, date }, testIdentities.officer(randomUUID(), ['RECEPTION']))),
      ).toEqual(['FORBIDDEN']);
    });
  });

  describe('a family member removed', () => {
    it('cancels, with a reason, a booking made for her before scheduling learnt of the removal, and takes no new one', async () => {
      const parent = testIdentities.applicant();
      const familyMemberId = randomUUID();
      const event = (subject: string, payload: object): EventEnvelope => ({
        id: randomUUID(),
        subject,
        version: 1,
        occurredAt: new Date().toISOString(),
        payload,
      });
      await sut.bus.publish(event(FamilyMemberAdded.subject, { familyMemberId, applicantId: parent.sub }));
      await waitFor(
        async () => (await sql('SELECT 1 FROM family_member_copy WHERE id = $1', [familyMemberId]))[0],
        5000,
        'family member copy',
      );
      const session = await addSession(5);
      const raced = await book(parent, session.id, familyMemberId);
      expect(raced.errors).toBeUndefined();

      await sut.bus.publish(event(FamilyMemberRemoved.subject, { familyMemberId, applicantId: parent.sub }));
      const [hers] = await waitFor(
        async () => {
          const rows = await myBookings(parent);
          return rows[0]?.status === 'CANCELLED' ? rows : undefined;
        },
        5000,
        'the raced booking cancelled',
      );
      expect(hers.cancelReason).toMatch(/sudah dihapus dari akun sebelum pemesanan dibuat/);
      expect(await sql('SELECT booked FROM session WHERE id = $1', [session.id])).toEqual([{ booked: 0 }]);
      expect(errorCodes(await book(parent, session.id, familyMemberId))).toEqual(['NOT_FOUND']);
    });
  });
});
