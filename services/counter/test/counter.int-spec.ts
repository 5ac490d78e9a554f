import { randomUUID } from 'node:crypto';
import { Identity, QrClaims, QrTokenSigner } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import {
  // Most of these tests feed version 1 booking events (ordered by time); the out-of-order ones below, version 2.
  BookingCancelled as BookingCancelledV2,
  BookingCancelledV1 as BookingCancelled,
  BookingCreated as BookingCreatedV2,
  BookingCreatedV1 as BookingCreated,
  BookingRescheduledV1 as BookingRescheduled,
  BookingSnapshotPayload,
  EventDefinition,
  EventEnvelope,
  OfficeCreated,
  OfficeUpdated,
  PriorityGroup,
  SessionAdded,
  SessionCancelled,
  Stage,
  TicketNoShow,
} from '@antrian/contracts';
import {
  captureLogs,
  errorCodes,
  GraphQLResponse,
  testIdentities,
  useSubgraphUnderTest,
  waitFor,
} from '@antrian/testing';
import { loadCounterConfig } from '../src/config/counter.config';
import { EndOfDayJob } from '../src/jobs/end-of-day.job';
import { SchedulingEventsConsumer } from '../src/consumers/scheduling-events.consumer';
import { startCounter } from '../src/counter.app';

const TICKET = `id number status stage officeId priority checkedInAt sessionStartsAt calledAt callCount holdReason
  position estimatedWaitSeconds counter { id name } booking { id } followCode`;
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { ${TICKET} } }`;
const WALK_IN = `mutation ($officeId: ID!, $priority: PriorityGroup) {
  issueWalkInTicket(officeId: $officeId, priority: $priority) { ${TICKET} }
}`;
const SET_CAP = `mutation ($officeId: ID!, $cap: Int!) { setWalkInCap(officeId: $officeId, cap: $cap) { cap issued remaining } }`;
const QUOTA_FIELDS = 'date cap issued remaining priorityCap priorityIssued priorityRemaining';
const QUOTA = `query ($officeId: ID!) { walkInQuota(officeId: $officeId) { ${QUOTA_FIELDS} } }`;
const SET_CAPS = `mutation ($officeId: ID!, $cap: Int, $priorityCap: Int) {
  setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) { ${QUOTA_FIELDS} }
}`;
const CREATE_COUNTER = `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id name stages open officer { id } } }`;
const COUNTERS = `query ($officeId: ID!) { counters(officeId: $officeId) { id name open officer { id } currentTicket { number } } }`;
const OPEN = `mutation ($id: ID!) { openCounter(counterId: $id) { id open officer { id } } }`;
const CLOSE = `mutation ($id: ID!) { closeCounter(counterId: $id) { id open } }`;
const CALL_NEXT = `mutation ($id: ID!) { callNext(counterId: $id) { ${TICKET} } }`;
const move = (name: string) => `mutation ($id: ID!) { ${name}(ticketId: $id) { ${TICKET} } }`;
const HOLD = `mutation ($id: ID!, $reason: String!) { holdTicket(ticketId: $id, reason: $reason) { ${TICKET} } }`;
const GET_TICKET = `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`;
const BOARD = `query ($officeId: ID!) { queueBoard(officeId: $officeId) {
  officeId date updatedAt
  nowServing { counter { id name officer { id } } ticket { id number status priority booking { id } } }
  queues { stage waiting averageWaitSeconds }
} }`;
const FIGURES = 'served noShows meanWaitSeconds p90WaitSeconds meanServiceSeconds p90ServiceSeconds';
const REPORT = `query ($officeId: ID!, $date: Date!) { dayReport(officeId: $officeId, date: $date) {
  officeId date ticketsIssued ticketsDone walkIns
  total { ${FIGURES} }
  stages { stage figures { ${FIGURES} } }
  counters { counter { id name } figures { ${FIGURES} } }
  officers { officer { id } figures { ${FIGURES} } }
  byHour { hour stage served meanWaitSeconds }
} }`;

const MINUTE = 60_000;

interface TicketView {
  id: string;
  number: string;
  status: string;
  stage: Stage;
  officeId: string;
  priority: PriorityGroup | null;
  checkedInAt: string;
  sessionStartsAt: string | null;
  calledAt: string | null;
  callCount: number;
  holdReason: string | null;
  position: number | null;
  estimatedWaitSeconds: number | null;
  counter: { id: string; name: string } | null;
  booking: { id: string } | null;
  followCode: string | null;
}

interface Floor {
  officeId: string;
  timeZone: string;
  supervisor: Identity;
  kiosk: Identity;
  board: Identity;
  officer: Identity;
}

interface Booking extends BookingSnapshotPayload {
  qrToken: string;
}

/** The claims scheduling signs into a booking's QR code. */
function qrClaimsOf(booking: BookingSnapshotPayload): QrClaims {
  return {
    bookingId: booking.bookingId,
    bookingCode: booking.code,
    applicantId: booking.applicantId,
    officeId: booking.officeId,
    sessionId: booking.sessionId,
    sessionStartsAt: new Date(booking.sessionStartsAt),
    service: booking.service,
    priority: booking.priority,
    expiresAt: new Date(booking.sessionEndsAt),
  };
}

describe('counter subgraph (PostgreSQL)', () => {
  const logs = captureLogs('counter-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'counter',
    logger: logs.logger,
    observe: ['counter.*.*'],
    start: ({ env, bus, logger }) =>
      startCounter({
        // A small allowance of failed code look-ups, so that a test reaches it.
        config: loadCounterConfig({ ...env, DATABASE_POOL_SIZE: '20', CODE_LOOKUP_MAX_FAILURES: '5' }),
        bus,
        logger,
        migrate: true,
      }),
  });
  const { call, published } = sut;
  let consumer: SchedulingEventsConsumer;
  const live: string[] = [];
  const qrSigner = new QrTokenSigner(DEV_SECRETS.QR_PRIVATE_KEY);

  const envelope = <P>(definition: EventDefinition<P>, payload: P, occurredAt = new Date()): EventEnvelope<P> => ({
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: occurredAt.toISOString(),
    payload,
  });
  /** Scheduling's events reach the copy through the consumer's own handler (and inbox). */
  const feed = <P>(definition: EventDefinition<P>, payload: P) => consumer.handle(envelope(definition, payload));

  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const count = async (query: string, params: unknown[] = []) =>
    Number((await sut.sql.query(`SELECT count(*) AS n FROM (${query}) q`, params)).rows[0].n);
  const eventsOf = (ticketId: string) =>
    published.filter((e) => (e.payload as { ticketId?: string }).ticketId === ticketId);

  const device = (officeId: string, deviceKind: 'KIOSK' | 'BOARD'): Identity => ({
    sub: randomUUID(),
    kind: 'device',
    roles: [],
    officeId,
    deviceKind,
  });

  /**
   * A new office on the floor. Its recall rules let a ticket be called again at once, up to 10
   * times, unless a test gives its own (`'defaults'`: an office event without them, as before v2).
   */
  const openFloor = async (
    checkInOpensMinutesBefore = 60,
    timeZone = 'Asia/Jakarta',
    rules: { recallGapSeconds: number; maxCalls: number } | 'defaults' = { recallGapSeconds: 0, maxCalls: 10 },
  ): Promise<Floor> => {
    const officeId = randomUUID();
    await feed(OfficeCreated, {
      officeId,
      code: `OFFICE-${officeId.slice(0, 6)}`,
      name: 'Kantor Imigrasi Kelas II Blitar',
      timeZone,
      checkInOpensMinutesBefore,
      ...(rules === 'defaults' ? {} : rules),
    });
    return {
      officeId,
      timeZone,
      supervisor: testIdentities.officer(officeId, ['SUPERVISOR']),
      kiosk: device(officeId, 'KIOSK'),
      board: device(officeId, 'BOARD'),
      officer: testIdentities.officer(officeId, ['RECEPTION']),
    };
  };

  let codes = 0;
  interface BookOptions {
    startsInMinutes?: number;
    startsAt?: Date;
    lengthMinutes?: number;
    priority?: PriorityGroup | null;
  }
  /** A booking as scheduling's event describes it, not fed to the floor yet. */
  const bookingPayload = async (floor: Floor, options: BookOptions = {}): Promise<BookingSnapshotPayload> => {
    const startsAt = options.startsAt ?? new Date(Date.now() + (options.startsInMinutes ?? 30) * MINUTE);
    const endsAt = new Date(startsAt.getTime() + (options.lengthMinutes ?? 60) * MINUTE);
    codes += 1;
    return {
      bookingId: randomUUID(),
      code: `K7${String(codes).padStart(6, '0')}`,
      applicantId: randomUUID(),
      officeId: floor.officeId,
      sessionId: randomUUID(),
      sessionStartsAt: startsAt.toISOString(),
      sessionEndsAt: endsAt.toISOString(),
      service: 'NEW_ORDINARY',
      priority: options.priority ?? null,
    };
  };
  const book = async (floor: Floor, options: BookOptions = {}): Promise<Booking> => {
    const snapshot = await bookingPayload(floor, options);
    await feed(BookingCreated, snapshot);
    const qrToken = await qrSigner.sign(qrClaimsOf(snapshot));
    return { ...snapshot, qrToken };
  };

  const checkIn = (floor: Floor, input: { qrToken?: string; bookingCode?: string }, by: Identity | null) =>
    call<{ checkIn: TicketView }>(CHECK_IN, { input: { officeId: floor.officeId, ...input } }, by);
  const checkedIn = async (floor: Floor, options: Parameters<typeof book>[1] = {}) => {
    const booking = await book(floor, options);
    return { booking, ticket: ok(await checkIn(floor, { bookingCode: booking.code }, floor.officer)).checkIn };
  };

  let counters = 0;
  /** A counter for these stages, opened by a new officer whose roles cover them. */
  const openCounter = async (floor: Floor, stages: Stage[]) => {
    counters += 1;
    const created = ok(
      await call<{ createCounter: { id: string } }>(
        CREATE_COUNTER,
        { input: { officeId: floor.officeId, name: `Loket ${counters}`, stages } },
        floor.supervisor,
      ),
    ).createCounter;
    const officer = testIdentities.officer(floor.officeId, stages);
    ok(await call(OPEN, { id: created.id }, officer));
    return { id: created.id, name: `Loket ${counters}`, officer };
  };
  const callNext = async (counter: { id: string; officer: Identity }) =>
    ok(await call<{ callNext: TicketView | null }>(CALL_NEXT, { id: counter.id }, counter.officer)).callNext;
  const act = async (name: string, ticketId: string, by: Identity) =>
    ok(await call<Record<string, TicketView>>(move(name), { id: ticketId }, by))[name];
  const getTicket = async (id: string, by: Identity) =>
    ok(await call<{ ticket: TicketView }>(GET_TICKET, { id }, by)).ticket;

  beforeAll(async () => {
    await sut.bus.subscribeLive('counter.live.>', (subject) => live.push(subject));
    consumer = sut.subgraph.app.get(SchedulingEventsConsumer);
  });

  describe('the copy of scheduling', () => {
    it('is fed by scheduling’s events on the bus', async () => {
      const officeId = randomUUID();
      await sut.bus.publish(
        envelope(OfficeCreated, {
          officeId,
          code: 'JAYAPURA',
          name: 'Kantor Imigrasi Jayapura',
          timeZone: 'Asia/Jayapura',
          checkInOpensMinutesBefore: 45,
        }),
      );
      const sessionId = randomUUID();
      await sut.bus.publish(
        envelope(SessionAdded, {
          sessionId,
          officeId,
          startsAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
          endsAt: new Date(Date.now() + 120 * MINUTE).toISOString(),
          capacity: 10,
        }),
      );
      await waitFor(
        async () => ((await count('SELECT 1 FROM session_copy WHERE id = $1', [sessionId])) ? true : undefined),
        5000,
        'the session copy',
      );
      const office = (
        await sut.sql.query('SELECT time_zone, check_in_opens_minutes_before FROM office_copy WHERE id = $1', [
          officeId,
        ])
      ).rows[0];
      expect(office).toEqual({ time_zone: 'Asia/Jayapura', check_in_opens_minutes_before: 45 });
    });

    it('changes nothing on a redelivery, and never rolls a booking back to an older snapshot', async () => {
      const floor = await openFloor();
      const booking = await book(floor);
      const rescheduled = envelope(BookingRescheduled, {
        ...booking,
        sessionId: randomUUID(),
        sessionStartsAt: new Date(Date.now() + 120 * MINUTE).toISOString(),
        sessionEndsAt: new Date(Date.now() + 180 * MINUTE).toISOString(),
        previousSessionId: booking.sessionId,
      });
      expect(await consumer.handle(rescheduled)).toBe(true);
      const copy = async () =>
        (await sut.sql.query('SELECT * FROM booking_copy WHERE id = $1', [booking.bookingId])).rows[0];
      const before = await copy();
      const inbox = await count('SELECT 1 FROM inbox_event');
      // The very same event again (JetStream redelivers after a lost ack): nothing happens.
      expect(await consumer.handle(rescheduled)).toBe(false);
      expect(await copy()).toEqual(before);
      expect(await count('SELECT 1 FROM inbox_event')).toBe(inbox);
      // An older snapshot arriving late (another event id) does not undo the reschedule.
      const stale = envelope(BookingCreated, booking, new Date(Date.now() - 60 * MINUTE));
      expect(await consumer.handle(stale)).toBe(true);
      expect(await copy()).toEqual(before);
      // A cancellation is final, whatever snapshot comes after it.
      await feed(BookingCancelled, {
        bookingId: booking.bookingId,
        officeId: floor.officeId,
        sessionId: booking.sessionId,
      });
      await consumer.handle(envelope(BookingRescheduled, { ...booking, previousSessionId: booking.sessionId }));
      expect((await copy()).status).toBe('CANCELLED');
    });

    it('keeps a cancellation that overtakes its booking’s creation: the late creation arrives cancelled (fault 1)', async () => {
      const floor = await openFloor();
      const booking = { ...(await bookingPayload(floor)), bookingVersion: 1 };
      // The creation's first delivery failed; the cancellation (version 2) is applied first.
      expect(
        await consumer.handle(
          envelope(BookingCancelledV2, {
            bookingId: booking.bookingId,
            officeId: floor.officeId,
            sessionId: booking.sessionId,
            bookingVersion: 2,
          }),
        ),
      ).toBe(true);
      expect(await count('SELECT 1 FROM booking_tombstone WHERE id = $1', [booking.bookingId])).toBe(1);
      // The redelivered creation inserts the copy ended, never bookable.
      expect(await consumer.handle(envelope(BookingCreatedV2, booking, new Date(Date.now() + MINUTE)))).toBe(true);
      const copy = (await sut.sql.query('SELECT status FROM booking_copy WHERE id = $1', [booking.bookingId])).rows[0];
      expect(copy.status).toBe('CANCELLED');
      // So the kiosk cannot check it in (before: BOOKED, checked in, the session oversold).
      expect((await checkIn(floor, { bookingCode: booking.code }, floor.officer)).errors).toBeDefined();
    });
  });

  describe('check-in', () => {
    it('checks a booking in by QR at a kiosk and by code at an officer’s desk, numbering each lane', async () => {
      const floor = await openFloor();
      const first = await book(floor);
      const elderly = await book(floor, { priority: 'ELDERLY' });
      const second = await book(floor);

      const byQr = ok(await checkIn(floor, { qrToken: first.qrToken }, floor.kiosk)).checkIn;
      expect(byQr).toMatchObject({
        number: 'A-001',
        status: 'WAITING',
        stage: 'RECEPTION',
        officeId: floor.officeId,
        priority: null,
        sessionStartsAt: first.sessionStartsAt,
        // A kiosk sees a ticket by its number only (no booking, no person), and the follow code it prints.
        booking: null,
        counter: null,
        position: 1,
        estimatedWaitSeconds: 300,
        followCode: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(await getTicket(byQr.id, floor.officer)).toMatchObject({
        booking: { id: first.bookingId },
        followCode: byQr.followCode,
      });
      expect(await getTicket(byQr.id, testIdentities.applicant(first.applicantId))).toMatchObject({
        followCode: byQr.followCode,
      });
      // Typed by an officer: case and separators do not matter.
      const code = `${elderly.code.slice(0, 4).toLowerCase()}-${elderly.code.slice(4)}`;
      const priority = ok(await checkIn(floor, { bookingCode: code }, floor.officer)).checkIn;
      expect(priority).toMatchObject({ number: 'P-001', priority: 'ELDERLY', position: 1 });
      const next = ok(await checkIn(floor, { qrToken: second.qrToken }, floor.kiosk)).checkIn;
      expect(next).toMatchObject({ number: 'A-002', position: 3 });

      const checkedInEvent = await waitFor(
        () => eventsOf(byQr.id).find((e) => e.subject === 'counter.ticket.checked_in'),
        5000,
        'the checked_in event',
      );
      expect(checkedInEvent.payload).toEqual({
        ticketId: byQr.id,
        bookingId: first.bookingId,
        officeId: floor.officeId,
        number: 'A-001',
        checkedInAt: byQr.checkedInAt,
      });
      await waitFor(
        () => (live.includes(`counter.live.ticket.${byQr.id}`) ? true : undefined),
        2000,
        'the live ticket subject',
      );
      expect(live).toContain(`counter.live.board.${floor.officeId}`);
      // Phones of those already waiting hear that their position moved (the priority ticket went ahead).
      await waitFor(
        () => (live.filter((s) => s === `counter.live.ticket.${byQr.id}`).length >= 2 ? true : undefined),
        2000,
        'the waiting ticket told of the priority ticket',
      );
    });

    it('refuses with a clear code, and a refusal changes nothing', async () => {
      const floor = await openFloor();
      const other = await openFloor();
      const booking = await book(floor);
      const elsewhere = await book(other);
      const cancelled = await book(floor);
      await feed(BookingCancelled, {
        bookingId: cancelled.bookingId,
        officeId: floor.officeId,
        sessionId: cancelled.sessionId,
      });
      const early = await book(floor, { startsInMinutes: 180 });
      const late = await book(floor, { startsInMinutes: -70, lengthMinutes: 60 });
      const expired = await qrSigner.sign({ ...qrClaimsOf(late), expiresAt: new Date(Date.now() - MINUTE) });
      const tampered = `${booking.qrToken.slice(0, -4)}${booking.qrToken.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
      const forged = booking.qrToken.replace(/^[^.]+\.[^.]+/, (signed) => {
        const [header, body] = signed.split('.');
        const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
        return `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: elsewhere.bookingId })).toString('base64url')}`;
      });
      const applicant = testIdentities.applicant(booking.applicantId);

      const state = async () => ({
        tickets: await count('SELECT 1 FROM ticket'),
        numbers: (await sut.sql.query('SELECT coalesce(sum(last), 0)::int AS n FROM ticket_sequence')).rows[0].n,
        outbox: await count('SELECT 1 FROM outbox_event'),
      });
      const before = await state();
      const refusals: [string, Promise<GraphQLResponse<unknown>>][] = [
        ['BAD_USER_INPUT', checkIn(floor, {}, floor.kiosk)],
        ['BAD_USER_INPUT', checkIn(floor, { qrToken: booking.qrToken, bookingCode: booking.code }, floor.kiosk)],
        ['UNAUTHENTICATED', checkIn(floor, { bookingCode: booking.code }, null)],
        ['FORBIDDEN', checkIn(floor, { bookingCode: booking.code }, applicant)],
        ['FORBIDDEN', checkIn(floor, { bookingCode: booking.code }, floor.board)],
        // A kiosk scans the QR code; only an officer types a booking code.
        ['FORBIDDEN', checkIn(floor, { bookingCode: booking.code }, floor.kiosk)],
        ['FORBIDDEN', checkIn(floor, { bookingCode: booking.code }, other.kiosk)],
        ['FORBIDDEN', checkIn(floor, { bookingCode: booking.code }, other.officer)],
        ['INVALID_QR', checkIn(floor, { qrToken: tampered }, floor.kiosk)],
        ['INVALID_QR', checkIn(floor, { qrToken: forged }, floor.kiosk)],
        ['INVALID_QR', checkIn(floor, { qrToken: expired }, floor.kiosk)],
        ['INVALID_QR', checkIn(floor, { qrToken: 'not-a-token' }, floor.kiosk)],
        ['NOT_FOUND', checkIn(floor, { bookingCode: 'ZZZZ9999' }, floor.officer)],
        ['INVALID_TRANSITION', checkIn(floor, { bookingCode: cancelled.code }, floor.officer)],
        // Another office's code answers as a code nobody holds: a code never tells where it is held.
        ['NOT_FOUND', checkIn(floor, { bookingCode: elsewhere.code }, floor.officer)],
        ['BAD_USER_INPUT', checkIn(floor, { qrToken: elsewhere.qrToken }, floor.kiosk)],
        ['OUTSIDE_ARRIVAL_WINDOW', checkIn(floor, { qrToken: early.qrToken }, floor.kiosk)],
        ['OUTSIDE_ARRIVAL_WINDOW', checkIn(floor, { bookingCode: late.code }, floor.officer)],
      ];
      for (const [code, response] of refusals) expect([code, errorCodes(await response)]).toEqual([code, [code]]);
      expect(await state()).toEqual(before);

      const tooEarly = await checkIn(floor, { bookingCode: early.code }, floor.officer);
      expect(tooEarly.errors![0].message).toMatch(
        /^Terlalu awal: check-in untuk pemesanan ini dibuka pukul \d\d:\d\d, \d{4}-\d\d-\d\d \(waktu kantor\)\.$/,
      );
      expect(tooEarly.errors![0].extensions).toEqual({
        code: 'OUTSIDE_ARRIVAL_WINDOW',
        opensAt: new Date(Date.parse(early.sessionStartsAt) - 60 * MINUTE).toISOString(),
        closesAt: early.sessionEndsAt,
      });
      expect((await checkIn(floor, { bookingCode: late.code }, floor.officer)).errors![0].message).toMatch(
        /^Terlambat/,
      );
      expect((await checkIn(floor, { bookingCode: cancelled.code }, floor.officer)).errors![0].message).toMatch(
        /dibatalkan/,
      );

      const ticket = ok(await checkIn(floor, { qrToken: booking.qrToken }, floor.kiosk)).checkIn;
      const again = await checkIn(floor, { bookingCode: booking.code }, floor.officer);
      expect(errorCodes(again)).toEqual(['ALREADY_CHECKED_IN']);
      expect(again.errors![0].message).toBe(`Pemesanan ini sudah check-in: tiket ${ticket.number}.`);
      expect(await count('SELECT 1 FROM ticket WHERE booking_id = $1', [booking.bookingId])).toBe(1);
    });

    it('limits an officer’s typed codes that match nothing, and never holds up codes that match', async () => {
      const floor = await openFloor();
      const early = await book(floor, { startsInMinutes: 180 });
      // Found (too early to check in): given back every time.
      for (let i = 0; i < 8; i += 1) {
        expect(errorCodes(await checkIn(floor, { bookingCode: early.code }, floor.officer))).toEqual([
          'OUTSIDE_ARRIVAL_WINDOW',
        ]);
      }
      for (let i = 0; i < 5; i += 1) {
        expect(errorCodes(await checkIn(floor, { bookingCode: `ZZZZ000${i}` }, floor.officer))).toEqual(['NOT_FOUND']);
      }
      const limited = await checkIn(floor, { bookingCode: early.code }, floor.officer);
      expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
      expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
      const pickup = await call(
        `mutation ($officeId: ID!, $code: String!) { issuePickupTicket(officeId: $officeId, bookingCode: $code) { id } }`,
        { officeId: floor.officeId, code: early.code },
        floor.officer,
      );
      expect(errorCodes(pickup)).toEqual(['RATE_LIMITED']);
      // Her colleague at the next desk, and the kiosk scanning QR codes, go on.
      const colleague = testIdentities.officer(floor.officeId, ['RECEPTION']);
      expect(errorCodes(await checkIn(floor, { bookingCode: early.code }, colleague))).toEqual([
        'OUTSIDE_ARRIVAL_WINDOW',
      ]);
      const now = await book(floor);
      expect(ok(await checkIn(floor, { qrToken: now.qrToken }, floor.kiosk)).checkIn.number).toBe('A-001');
    });

    it('follows the office’s own check-in rule from its snapshot', async () => {
      const floor = await openFloor(60);
      const booking = await book(floor, { startsInMinutes: 90 });
      expect(errorCodes(await checkIn(floor, { bookingCode: booking.code }, floor.officer))).toEqual([
        'OUTSIDE_ARRIVAL_WINDOW',
      ]);
      await feed(OfficeUpdated, {
        officeId: floor.officeId,
        code: 'BLITAR',
        name: 'Kantor Imigrasi Kelas II Blitar',
        timeZone: floor.timeZone,
        checkInOpensMinutesBefore: 120,
      });
      expect(ok(await checkIn(floor, { bookingCode: booking.code }, floor.officer)).checkIn.number).toBe('A-001');
    });

    it('checks in by the QR code alone a booking whose event has not reached the office', async () => {
      const floor = await openFloor();
      const startsAt = new Date(Date.now() + 20 * MINUTE);
      // Booked while the link to the centre was down: the office never heard of it.
      const unheardOf: BookingSnapshotPayload = {
        bookingId: randomUUID(),
        code: 'QRONLY23',
        applicantId: randomUUID(),
        officeId: floor.officeId,
        sessionId: randomUUID(),
        sessionStartsAt: startsAt.toISOString(),
        sessionEndsAt: new Date(startsAt.getTime() + 60 * MINUTE).toISOString(),
        service: 'RENEWAL',
        priority: 'PREGNANT',
      };
      const qrToken = await qrSigner.sign(qrClaimsOf(unheardOf));
      expect(errorCodes(await checkIn(floor, { bookingCode: unheardOf.code }, floor.officer))).toEqual(['NOT_FOUND']);
      const ticket = ok(await checkIn(floor, { qrToken }, floor.kiosk)).checkIn;
      expect(ticket.number).toBe('P-001');
      expect(errorCodes(await checkIn(floor, { qrToken }, floor.kiosk))).toEqual(['ALREADY_CHECKED_IN']);
      // The event arrives later and fills the copy; the ticket stays the one ticket of the booking.
      await feed(BookingCreated, unheardOf);
      expect(errorCodes(await checkIn(floor, { bookingCode: unheardOf.code }, floor.officer))).toEqual([
        'ALREADY_CHECKED_IN',
      ]);
      expect(await count('SELECT 1 FROM ticket WHERE booking_id = $1', [unheardOf.bookingId])).toBe(1);
    });

    it('gives 30 concurrent check-ins at several kiosks 30 distinct, gapless numbers', async () => {
      const floor = await openFloor();
      const kiosks = [floor.kiosk, device(floor.officeId, 'KIOSK'), device(floor.officeId, 'KIOSK')];
      const bookings = await Promise.all(Array.from({ length: 30 }, () => book(floor)));
      const responses = await Promise.all(
        bookings.map((booking, i) => checkIn(floor, { qrToken: booking.qrToken }, kiosks[i % kiosks.length])),
      );
      const numbers = responses.map((response) => ok(response).checkIn.number).sort();
      expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`));

      // One booking scanned at three kiosks at once: one ticket, and no number lost to the others.
      const contested = await book(floor);
      const scans = await Promise.all(kiosks.map((kiosk) => checkIn(floor, { qrToken: contested.qrToken }, kiosk)));
      expect(scans.filter((scan) => !scan.errors).map((scan) => scan.data!.checkIn.number)).toEqual(['A-031']);
      expect(scans.filter((scan) => errorCodes(scan)[0] === 'ALREADY_CHECKED_IN')).toHaveLength(2);
      expect((await checkedIn(floor)).ticket.number).toBe('A-032');
    });

    it('issues walk-in tickets up to the supervisor’s daily cap', async () => {
      const floor = await openFloor();
      expect(errorCodes(await call(SET_CAP, { officeId: floor.officeId, cap: 2 }, floor.officer))).toEqual([
        'FORBIDDEN',
      ]);
      expect(ok(await call(SET_CAP, { officeId: floor.officeId, cap: 2 }, floor.supervisor))).toEqual({
        setWalkInCap: { cap: 2, issued: 0, remaining: 2 },
      });
      const first = ok(
        await call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: floor.officeId }, floor.officer),
      );
      expect(first.issueWalkInTicket).toMatchObject({
        number: 'W-001',
        booking: null,
        sessionStartsAt: null,
        priority: null,
      });
      const second = ok(
        await call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: floor.officeId }, floor.officer),
      );
      expect(second.issueWalkInTicket).toMatchObject({ number: 'W-002', priority: null, position: 2 });
      const over = await call(WALK_IN, { officeId: floor.officeId }, floor.officer);
      expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
      expect(over.errors![0].message).toMatch(
        /^Tiket tanpa pemesanan hari ini sudah habis \(batas kantor 2 per hari\)/,
      );
      expect(over.errors![0].extensions).toMatchObject({ cap: 2 });
      expect(errorCodes(await call(WALK_IN, { officeId: floor.officeId }, floor.kiosk))).toEqual(['FORBIDDEN']);
      const quota = ok(
        await call<{ walkInQuota: Record<string, unknown> }>(QUOTA, { officeId: floor.officeId }, floor.officer),
      );
      expect(quota.walkInQuota).toMatchObject({ cap: 2, issued: 2, remaining: 0 });
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1`, [floor.officeId])).toBe(2);
    });

    const walkIn = (floor: Floor, priority: PriorityGroup | null = null, by: Identity = floor.officer) =>
      call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: floor.officeId, priority }, by);
    const quotaOf = async (floor: Floor) =>
      ok(await call<{ walkInQuota: Record<string, unknown> }>(QUOTA, { officeId: floor.officeId }, floor.officer))
        .walkInQuota;
    const lastNumber = async (floor: Floor, lane: string) =>
      (
        await sut.sql.query(`SELECT last FROM ticket_sequence WHERE office_id = $1 AND lane = $2`, [
          floor.officeId,
          lane,
        ])
      ).rows[0]?.last ?? 0;

    it('gives a priority walk-in a P number on a quota of its own, leaving the walk-in quota untouched', async () => {
      const floor = await openFloor();
      // Until the supervisor sets caps: the configured defaults, 20 walk-ins and 10 priority walk-ins.
      expect(await quotaOf(floor)).toMatchObject({
        cap: 20,
        issued: 0,
        remaining: 20,
        priorityCap: 10,
        priorityIssued: 0,
        priorityRemaining: 10,
      });
      expect(
        ok(await call(SET_CAPS, { officeId: floor.officeId, cap: 1, priorityCap: 2 }, floor.supervisor)),
      ).toMatchObject({
        setWalkInCap: { cap: 1, issued: 0, remaining: 1, priorityCap: 2, priorityIssued: 0, priorityRemaining: 2 },
      });
      const elderly = await checkedIn(floor, { priority: 'ELDERLY' });
      expect(elderly.ticket.number).toBe('P-001');
      expect(ok(await walkIn(floor)).issueWalkInTicket.number).toBe('W-001');
      const pregnant = ok(await walkIn(floor, 'PREGNANT')).issueWalkInTicket;
      // Numbered with the booked priority tickets; called first, by its arrival (the booking's session is later).
      expect(pregnant).toMatchObject({
        number: 'P-002',
        priority: 'PREGNANT',
        booking: null,
        sessionStartsAt: null,
        position: 1,
      });
      expect((await getTicket(elderly.ticket.id, floor.officer)).position).toBe(2);
      expect(await quotaOf(floor)).toMatchObject({
        cap: 1,
        issued: 1,
        remaining: 0,
        priorityCap: 2,
        priorityIssued: 1,
        priorityRemaining: 1,
      });

      // The walk-in quota is used up; the priority quota is not.
      expect(errorCodes(await walkIn(floor))).toEqual(['BAD_USER_INPUT']);
      expect(ok(await walkIn(floor, 'CHILD')).issueWalkInTicket.number).toBe('P-003');

      // The priority quota is used up: refused, nothing written, no number taken.
      const tickets = await count(`SELECT 1 FROM ticket WHERE office_id = $1`, [floor.officeId]);
      const over = await walkIn(floor, 'DISABLED');
      expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
      expect(over.errors![0].message).toMatch(
        /^Tiket prioritas tanpa pemesanan hari ini sudah habis \(batas kantor 2 per hari\)/,
      );
      expect(over.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', cap: 2 });
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1`, [floor.officeId])).toBe(tickets);
      expect(await lastNumber(floor, 'P')).toBe(3);
      expect(await count(`SELECT 1 FROM outbox_event WHERE payload->>'officeId' = $1`, [floor.officeId])).toBe(tickets);
      expect(await quotaOf(floor)).toMatchObject({ priorityCap: 2, priorityIssued: 2, priorityRemaining: 0 });

      // The next booked priority check-in gets the next number: no gap.
      expect((await checkedIn(floor, { priority: 'DISABLED' })).ticket.number).toBe('P-004');
      expect((await checkedIn(floor)).ticket.number).toBe('A-001');
      // Raising the priority cap lets the next priority walk-in in, numbered after the check-in.
      ok(await call(SET_CAPS, { officeId: floor.officeId, priorityCap: 3 }, floor.supervisor));
      expect(ok(await walkIn(floor, 'DISABLED')).issueWalkInTicket.number).toBe('P-005');
      expect(await quotaOf(floor)).toMatchObject({ cap: 1, issued: 1, priorityCap: 3, priorityIssued: 3 });
    });

    it('RACE TEST: 12 priority walk-ins at once under a priority cap of 5 get exactly 5 gapless P numbers', async () => {
      const floor = await openFloor();
      ok(await call(SET_CAPS, { officeId: floor.officeId, priorityCap: 5 }, floor.supervisor));
      const officers = [floor.officer, testIdentities.officer(floor.officeId, ['RECEPTION']), floor.supervisor];
      // Booked priority check-ins race them for the same P numbers.
      const booked = await Promise.all(Array.from({ length: 4 }, () => book(floor, { priority: 'ELDERLY' })));
      const groups: PriorityGroup[] = ['ELDERLY', 'DISABLED', 'PREGNANT', 'CHILD'];
      const [walkIns, checkIns] = await Promise.all([
        Promise.all(Array.from({ length: 12 }, (_, i) => walkIn(floor, groups[i % 4], officers[i % 3]))),
        Promise.all(booked.map((booking) => checkIn(floor, { qrToken: booking.qrToken }, floor.kiosk))),
      ]);
      const issued = walkIns.filter((response) => !response.errors).map((r) => r.data!.issueWalkInTicket.number);
      expect(issued).toHaveLength(5);
      expect(walkIns.filter((response) => errorCodes(response)[0] === 'BAD_USER_INPUT')).toHaveLength(7);
      const numbers = [...issued, ...checkIns.map((response) => ok(response).checkIn.number)].sort();
      expect(numbers).toEqual(Array.from({ length: 9 }, (_, i) => `P-${String(i + 1).padStart(3, '0')}`));
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1 AND booking_id IS NULL`, [floor.officeId])).toBe(5);
      expect(await lastNumber(floor, 'P')).toBe(9);
      expect(await lastNumber(floor, 'W')).toBe(0);
      expect(await quotaOf(floor)).toMatchObject({
        issued: 0,
        priorityCap: 5,
        priorityIssued: 5,
        priorityRemaining: 0,
      });
      expect((await checkedIn(floor, { priority: 'CHILD' })).ticket.number).toBe('P-010');
    });

    it('lets a supervisor set either cap alone; others are refused, and so is a cap out of range', async () => {
      const floor = await openFloor();
      const other = await openFloor();
      const set = (variables: { cap?: number; priorityCap?: number }, by: Identity) =>
        call<{ setWalkInCap: Record<string, unknown> }>(SET_CAPS, { officeId: floor.officeId, ...variables }, by);
      const capRows = () => count(`SELECT 1 FROM walk_in_cap WHERE office_id = $1`, [floor.officeId]);

      expect(errorCodes(await set({ priorityCap: 3 }, floor.officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await set({ priorityCap: 3 }, other.supervisor))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await set({ priorityCap: 3 }, floor.kiosk))).toEqual(['FORBIDDEN']);
      for (const variables of [{ priorityCap: -1 }, { priorityCap: 10_001 }, { cap: 5, priorityCap: -3 }, {}]) {
        const refused = await set(variables, floor.supervisor);
        expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      }
      expect((await set({ priorityCap: -1 }, floor.supervisor)).errors![0].message).toBe(
        'Batas tiket prioritas tanpa pemesanan adalah bilangan bulat dari 0 sampai 10000.',
      );
      expect(await capRows()).toBe(0);

      // Only the priority cap, before the office has any caps: the walk-in cap stays the default.
      expect(ok(await set({ priorityCap: 3 }, floor.supervisor)).setWalkInCap).toMatchObject({
        cap: 20,
        priorityCap: 3,
        priorityRemaining: 3,
      });
      expect(ok(await set({ cap: 7 }, floor.supervisor)).setWalkInCap).toMatchObject({ cap: 7, priorityCap: 3 });
      expect(ok(await set({ priorityCap: 0 }, testIdentities.admin())).setWalkInCap).toMatchObject({
        cap: 7,
        priorityCap: 0,
        priorityRemaining: 0,
      });
      // The original form of the mutation still works, and leaves the priority cap alone.
      expect(ok(await call(SET_CAP, { officeId: floor.officeId, cap: 8 }, floor.supervisor))).toEqual({
        setWalkInCap: { cap: 8, issued: 0, remaining: 8 },
      });
      expect(await quotaOf(floor)).toMatchObject({ cap: 8, priorityCap: 0 });
      expect(await capRows()).toBe(1);

      // A priority cap of 0: no priority walk-ins at all, and no number taken.
      const refused = await walkIn(floor, 'ELDERLY');
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions).toMatchObject({ cap: 0 });
      expect(await lastNumber(floor, 'P')).toBe(0);
      expect((await checkedIn(floor, { priority: 'ELDERLY' })).ticket.number).toBe('P-001');
    });
  });

  describe('counters', () => {
    it('are created by a supervisor and seen by the office’s officers and devices', async () => {
      const floor = await openFloor();
      const input = { officeId: floor.officeId, name: 'Loket Satu', stages: ['RECEPTION', 'INTERVIEW'] };
      expect(errorCodes(await call(CREATE_COUNTER, { input }, floor.officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CREATE_COUNTER, { input: { ...input, stages: [] } }, floor.supervisor))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const created = ok(await call<{ createCounter: { id: string } }>(CREATE_COUNTER, { input }, floor.supervisor));
      expect(created.createCounter).toMatchObject({
        name: 'Loket Satu',
        stages: ['RECEPTION', 'INTERVIEW'],
        open: false,
        officer: null,
      });
      expect(errorCodes(await call(CREATE_COUNTER, { input }, testIdentities.admin()))).toEqual(['BAD_USER_INPUT']);
      for (const viewer of [floor.officer, floor.board, floor.kiosk]) {
        expect(ok(await call(COUNTERS, { officeId: floor.officeId }, viewer))).toEqual({
          counters: [
            { id: created.createCounter.id, name: 'Loket Satu', open: false, officer: null, currentTicket: null },
          ],
        });
      }
      expect(errorCodes(await call(COUNTERS, { officeId: floor.officeId }, testIdentities.applicant()))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await call(COUNTERS, { officeId: floor.officeId }))).toEqual(['UNAUTHENTICATED']);
    });

    it('are taken by an officer whose roles cover their stages, and acted at only by her', async () => {
      const floor = await openFloor();
      const other = await openFloor();
      const { createCounter } = ok(
        await call<{ createCounter: { id: string } }>(
          CREATE_COUNTER,
          { input: { officeId: floor.officeId, name: 'Loket Dua', stages: ['RECEPTION', 'INTERVIEW'] } },
          floor.supervisor,
        ),
      );
      const id = createCounter.id;
      const receptionOnly = testIdentities.officer(floor.officeId, ['RECEPTION']);
      const both = testIdentities.officer(floor.officeId, ['RECEPTION', 'INTERVIEW']);
      const colleague = testIdentities.officer(floor.officeId, ['RECEPTION', 'INTERVIEW']);
      expect(errorCodes(await call(OPEN, { id }, receptionOnly))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await call(OPEN, { id }, testIdentities.officer(other.officeId, ['RECEPTION', 'INTERVIEW']))),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(CALL_NEXT, { id }, both))).toEqual(['COUNTER_NOT_OPEN']);
      expect(errorCodes(await call(CLOSE, { id }, both))).toEqual(['COUNTER_NOT_OPEN']);

      expect(ok(await call(OPEN, { id }, both))).toEqual({
        openCounter: { id, open: true, officer: { id: both.sub } },
      });
      expect(ok(await call(OPEN, { id }, both))).toMatchObject({ openCounter: { open: true } });
      expect(errorCodes(await call(OPEN, { id }, colleague))).toEqual(['INVALID_TRANSITION']);
      expect(errorCodes(await call(CALL_NEXT, { id }, colleague))).toEqual(['COUNTER_NOT_OPEN']);
      expect(errorCodes(await call(CALL_NEXT, { id }, other.officer))).toEqual(['FORBIDDEN']);

      const { ticket } = await checkedIn(floor);
      const called = ok(await call<{ callNext: TicketView }>(CALL_NEXT, { id }, both)).callNext;
      expect(called).toMatchObject({ id: ticket.id, status: 'CALLED', counter: { id }, position: null, callCount: 1 });
      // One ticket at a counter at a time, and the counter cannot be closed under it.
      expect(errorCodes(await call(CALL_NEXT, { id }, both))).toEqual(['INVALID_TRANSITION']);
      expect(errorCodes(await call(CLOSE, { id }, both))).toEqual(['INVALID_TRANSITION']);
      expect(errorCodes(await call(move('startService'), { id: ticket.id }, colleague))).toEqual(['COUNTER_NOT_OPEN']);
      expect(errorCodes(await call(move('startService'), { id: ticket.id }, other.officer))).toEqual(['FORBIDDEN']);
      expect(ok(await call(COUNTERS, { officeId: floor.officeId }, floor.officer))).toMatchObject({
        counters: [{ id, open: true, officer: { id: both.sub }, currentTicket: { number: ticket.number } }],
      });
      // Boards and kiosks show who goes where, never who serves there.
      for (const device of [floor.board, floor.kiosk]) {
        expect(ok(await call(COUNTERS, { officeId: floor.officeId }, device))).toMatchObject({
          counters: [{ id, open: true, officer: null, currentTicket: { number: ticket.number } }],
        });
      }
      await act('markNoShow', ticket.id, both);
      expect(errorCodes(await call(CLOSE, { id }, colleague))).toEqual(['COUNTER_NOT_OPEN']);
      expect(ok(await call(CLOSE, { id }, both))).toEqual({ closeCounter: { id, open: false } });
      // A supervisor may free a counter somebody left open.
      ok(await call(OPEN, { id }, colleague));
      expect(ok(await call(CLOSE, { id }, floor.supervisor))).toEqual({ closeCounter: { id, open: false } });
    });
  });

  describe('calling', () => {
    it('RACE TEST: 10 counters calling at once never get the same ticket, and every ticket is called once', async () => {
      const floor = await openFloor();
      const tickets = await Promise.all(Array.from({ length: 40 }, () => book(floor)));
      for (const booking of tickets) ok(await checkIn(floor, { bookingCode: booking.code }, floor.officer));
      const desks = await Promise.all(Array.from({ length: 10 }, () => openCounter(floor, ['RECEPTION'])));
      const calledBy = new Map<string, string[]>();
      await Promise.all(
        desks.map(async (desk) => {
          for (;;) {
            const ticket = await callNext(desk);
            if (!ticket) return;
            calledBy.set(ticket.id, [...(calledBy.get(ticket.id) ?? []), desk.id]);
            await act('startService', ticket.id, desk.officer);
            await act('completeStage', ticket.id, desk.officer);
          }
        }),
      );
      expect(calledBy.size).toBe(40);
      expect([...calledBy.values()].every((desksOfTicket) => desksOfTicket.length === 1)).toBe(true);
      expect(new Set([...calledBy.values()].flat()).size).toBeGreaterThan(1);
      const stages = await sut.sql.query(
        `SELECT stage, status, count(*)::int AS n FROM ticket WHERE office_id = $1 GROUP BY stage, status`,
        [floor.officeId],
      );
      expect(stages.rows).toEqual([{ stage: 'INTERVIEW', status: 'WAITING', n: 40 }]);
      expect(
        await count(
          `SELECT 1 FROM ticket_visit WHERE office_id = $1 AND stage = 'RECEPTION' AND outcome = 'COMPLETED' AND counter_id IS NOT NULL`,
          [floor.officeId],
        ),
      ).toBe(40);
    });

    it('calls one ticket when one counter calls several times at once (a double click, two tabs)', async () => {
      const floor = await openFloor();
      for (let i = 0; i < 5; i += 1) await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      const clicks = await Promise.all(
        Array.from({ length: 6 }, () =>
          call<{ callNext: TicketView | null }>(CALL_NEXT, { id: desk.id }, desk.officer),
        ),
      );
      expect(clicks.filter((click) => click.data?.callNext)).toHaveLength(1);
      expect(clicks.filter((click) => errorCodes(click)[0] === 'INVALID_TRANSITION')).toHaveLength(5);
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1 AND status = 'CALLED'`, [floor.officeId])).toBe(1);
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1 AND status = 'WAITING'`, [floor.officeId])).toBe(4);
    });

    it('calls priority tickets first, then by session, then by arrival; walk-ins among the bookings of their hour', async () => {
      const floor = await openFloor(120);
      const soon = new Date(Date.now() + 10 * MINUTE);
      const later = await checkedIn(floor, { startsInMinutes: 60 });
      const soonSecond = await book(floor, { startsAt: soon });
      const soonFirst = await checkedIn(floor, { startsAt: soon });
      ok(await checkIn(floor, { bookingCode: soonSecond.code }, floor.officer));
      // Came at once for a session that began 20 minutes ago.
      const started = await checkedIn(floor, { startsInMinutes: -20 });
      const walkIn = ok(
        await call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: floor.officeId }, floor.officer),
      ).issueWalkInTicket;
      const disabled = await checkedIn(floor, { startsInMinutes: 90, priority: 'DISABLED' });
      const desk = await openCounter(floor, ['RECEPTION']);
      const order: string[] = [];
      for (let ticket = await callNext(desk); ticket; ticket = await callNext(desk)) {
        order.push(ticket.id);
        await act('markNoShow', ticket.id, desk.officer);
      }
      const soonSecondTicket = (
        await sut.sql.query('SELECT id FROM ticket WHERE booking_id = $1', [soonSecond.bookingId])
      ).rows[0].id;
      // The walk-in came now: after the session under way, before the sessions still to come.
      expect(order).toEqual([
        disabled.ticket.id,
        started.ticket.id,
        walkIn.id,
        soonFirst.ticket.id,
        soonSecondTicket,
        later.ticket.id,
      ]);
    });

    it('walks a ticket through every stage to DONE, announcing each step', async () => {
      const floor = await openFloor();
      const { booking, ticket } = await checkedIn(floor);
      const reception = await openCounter(floor, ['RECEPTION']);
      const interview = await openCounter(floor, ['INTERVIEW']);
      const judge = await openCounter(floor, ['ADJUDICATION']);

      expect(errorCodes(await call(move('startService'), { id: ticket.id }, reception.officer))).toEqual([
        'INVALID_TRANSITION',
      ]);
      expect(errorCodes(await call(move('completeStage'), { id: ticket.id }, reception.officer))).toEqual([
        'INVALID_TRANSITION',
      ]);
      expect(await callNext(interview)).toBeNull();
      expect(await callNext(reception)).toMatchObject({ id: ticket.id, status: 'CALLED', stage: 'RECEPTION' });
      expect(await act('recall', ticket.id, reception.officer)).toMatchObject({ status: 'CALLED', callCount: 2 });
      expect(await act('startService', ticket.id, reception.officer)).toMatchObject({ status: 'SERVING' });
      expect(errorCodes(await call(move('recall'), { id: ticket.id }, reception.officer))).toEqual([
        'INVALID_TRANSITION',
      ]);
      expect(await act('completeStage', ticket.id, reception.officer)).toMatchObject({
        status: 'WAITING',
        stage: 'INTERVIEW',
        counter: null,
        position: 1,
      });
      expect(await callNext(interview)).toMatchObject({ id: ticket.id, status: 'CALLED', stage: 'INTERVIEW' });
      await act('startService', ticket.id, interview.officer);
      expect(await act('completeStage', ticket.id, interview.officer)).toMatchObject({
        status: 'WAITING',
        stage: 'ADJUDICATION',
      });
      // Adjudication is done without the applicant: calling takes the file straight into service.
      expect(await callNext(judge)).toMatchObject({ id: ticket.id, status: 'SERVING', stage: 'ADJUDICATION' });
      const done = await act('completeStage', ticket.id, judge.officer);
      expect(done).toMatchObject({ status: 'DONE', stage: 'ADJUDICATION', counter: null, position: null });
      expect(errorCodes(await call(move('recall'), { id: ticket.id }, judge.officer))).toEqual(['INVALID_TRANSITION']);

      const events = await waitFor(
        () => {
          const mine = eventsOf(ticket.id);
          return mine.some((e) => e.subject === 'counter.ticket.completed') ? mine : undefined;
        },
        5000,
        'the completed event',
      );
      expect(events.map((e) => [e.subject, (e.payload as { stage?: string }).stage ?? null])).toEqual([
        ['counter.ticket.checked_in', null],
        ['counter.ticket.called', 'RECEPTION'],
        ['counter.ticket.stage_completed', 'RECEPTION'],
        ['counter.ticket.called', 'INTERVIEW'],
        ['counter.ticket.stage_completed', 'INTERVIEW'],
        ['counter.ticket.called', 'ADJUDICATION'],
        ['counter.ticket.stage_completed', 'ADJUDICATION'],
        ['counter.ticket.completed', null],
      ]);
      expect(
        events
          .filter((e) => e.subject === 'counter.ticket.stage_completed')
          .map((e) => (e.payload as { nextStage: string | null }).nextStage),
      ).toEqual(['INTERVIEW', 'ADJUDICATION', null]);
      expect(events.find((e) => e.subject === 'counter.ticket.called')!.payload).toMatchObject({
        bookingId: booking.bookingId,
        counterId: reception.id,
      });
      expect(events.at(-1)!.payload).toMatchObject({
        ticketId: ticket.id,
        bookingId: booking.bookingId,
        officeId: floor.officeId,
      });

      // Every committed move told the gateway: the ticket's phone and the office's boards fetch again.
      const told = await waitFor(
        () => {
          const n = live.filter((subject) => subject === `counter.live.ticket.${ticket.id}`).length;
          return n >= 10 ? n : undefined;
        },
        2000,
        'a live message per move',
      );
      expect(told).toBeGreaterThanOrEqual(10);
      expect(live).toContain(`counter.live.board.${floor.officeId}`);

      // A judikator may also complete a waiting file from the pile, at an open ADJUDICATION counter of hers.
      const pile = await checkedIn(floor);
      const receptionMove = async (name: string) => act(name, pile.ticket.id, reception.officer);
      await callNext(reception);
      await receptionMove('startService');
      await receptionMove('completeStage');
      await callNext(interview);
      await act('startService', pile.ticket.id, interview.officer);
      await act('completeStage', pile.ticket.id, interview.officer);
      expect(errorCodes(await call(move('completeStage'), { id: pile.ticket.id }, interview.officer))).toEqual([
        'COUNTER_NOT_OPEN',
      ]);
      expect(await act('completeStage', pile.ticket.id, judge.officer)).toMatchObject({ status: 'DONE' });
      const visit = (
        await sut.sql.query(
          `SELECT counter_id, officer_id, called_at IS NOT NULL AS called, started_at FROM ticket_visit WHERE ticket_id = $1 AND stage = 'ADJUDICATION'`,
          [pile.ticket.id],
        )
      ).rows[0];
      expect(visit).toEqual({ counter_id: judge.id, officer_id: judge.officer.sub, called: true, started_at: null });
    });

    it('gives the later visit for the passport its own ticket, once the application is through', async () => {
      const floor = await openFloor();
      const { booking, ticket } = await checkedIn(floor);
      const pickup = (by: Identity) =>
        call<{ issuePickupTicket: TicketView }>(
          `mutation ($officeId: ID!, $code: String!) { issuePickupTicket(officeId: $officeId, bookingCode: $code) { id number status stage } }`,
          { officeId: floor.officeId, code: booking.code },
          by,
        );
      expect(errorCodes(await pickup(floor.officer))).toEqual(['INVALID_TRANSITION']);
      // The QR code expired with the first visit's session; a typed code is for an officer only.
      expect(errorCodes(await pickup(floor.kiosk))).toEqual(['FORBIDDEN']);
      for (const stage of ['RECEPTION', 'INTERVIEW'] as const) {
        const counter = await openCounter(floor, [stage]);
        await callNext(counter);
        await act('startService', ticket.id, counter.officer);
        await act('completeStage', ticket.id, counter.officer);
      }
      const judge = await openCounter(floor, ['ADJUDICATION']);
      await callNext(judge);
      expect(await act('completeStage', ticket.id, judge.officer)).toMatchObject({ status: 'DONE' });

      const other = await openFloor();
      expect(errorCodes(await pickup(testIdentities.officer(other.officeId)))).toEqual(['FORBIDDEN']);
      const collect = ok(await pickup(floor.officer)).issuePickupTicket;
      expect(collect).toMatchObject({ number: 'K-001', status: 'WAITING', stage: 'PICKUP' });
      expect(errorCodes(await pickup(floor.officer))).toEqual(['ALREADY_CHECKED_IN']);
      const desk = await openCounter(floor, ['PICKUP']);
      expect(await callNext(desk)).toMatchObject({ id: collect.id, stage: 'PICKUP', status: 'CALLED' });
      await act('startService', collect.id, desk.officer);
      expect(await act('completeStage', collect.id, desk.officer)).toMatchObject({ status: 'DONE', stage: 'PICKUP' });
      expect(await count('SELECT 1 FROM ticket WHERE booking_id = $1', [booking.bookingId])).toBe(2);
    });

    it('transfers a called ticket to another free counter of its stage, which calls it at once', async () => {
      const floor = await openFloor();
      const { ticket } = await checkedIn(floor);
      const { ticket: next } = await checkedIn(floor);
      const first = await openCounter(floor, ['RECEPTION']);
      const second = await openCounter(floor, ['RECEPTION']);
      const interview = await openCounter(floor, ['INTERVIEW']);
      const TRANSFER = `mutation ($id: ID!, $counterId: ID!) { transferTicket(ticketId: $id, counterId: $counterId) { id status stage counter { id } } }`;
      const transfer = (counterId: string, by: Identity, id = ticket.id) =>
        call<{ transferTicket: TicketView & { counter: { id: string } | null } }>(TRANSFER, { id, counterId }, by);

      expect(errorCodes(await transfer(second.id, first.officer))).toEqual(['INVALID_TRANSITION']);
      expect(await callNext(first)).toMatchObject({ id: ticket.id, status: 'CALLED' });
      expect(errorCodes(await transfer(second.id, second.officer))).toEqual(['COUNTER_NOT_OPEN']);
      expect(errorCodes(await transfer(interview.id, first.officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await transfer(randomUUID(), first.officer))).toEqual(['NOT_FOUND']);
      const closed = await openCounter(floor, ['RECEPTION']);
      ok(await call(`mutation ($id: ID!) { closeCounter(counterId: $id) { id } }`, { id: closed.id }, closed.officer));
      expect(errorCodes(await transfer(closed.id, first.officer))).toEqual(['COUNTER_NOT_OPEN']);

      await act('startService', ticket.id, first.officer);
      const moved = ok(await transfer(second.id, first.officer)).transferTicket;
      expect(moved).toMatchObject({ status: 'CALLED', stage: 'RECEPTION', counter: { id: second.id } });
      // The first counter is free again; the second now has a ticket, so nothing more goes there.
      expect(await callNext(first)).toMatchObject({ id: next.id });
      expect(errorCodes(await transfer(second.id, first.officer, next.id))).toEqual(['INVALID_TRANSITION']);
      await act('startService', ticket.id, second.officer);
      expect(await act('completeStage', ticket.id, second.officer)).toMatchObject({
        status: 'WAITING',
        stage: 'INTERVIEW',
      });
      const { rows } = await sut.sql.query(
        `SELECT outcome, counter_id FROM ticket_visit WHERE ticket_id = $1 AND stage = 'RECEPTION' ORDER BY queued_at`,
        [ticket.id],
      );
      expect(rows).toEqual([
        { outcome: 'TRANSFERRED', counter_id: first.id },
        { outcome: 'COMPLETED', counter_id: second.id },
      ]);
    });

    it('sends a no-show who re-joins to the back of her stage', async () => {
      const floor = await openFloor();
      const first = await checkedIn(floor);
      const second = await checkedIn(floor);
      const third = await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      expect((await callNext(desk))!.id).toBe(first.ticket.id);
      expect(errorCodes(await call(move('rejoinQueue'), { id: first.ticket.id }, floor.officer))).toEqual([
        'INVALID_TRANSITION',
      ]);
      expect(await act('markNoShow', first.ticket.id, desk.officer)).toMatchObject({
        status: 'NO_SHOW',
        counter: null,
      });
      expect(await act('rejoinQueue', first.ticket.id, floor.officer)).toMatchObject({
        status: 'WAITING',
        stage: 'RECEPTION',
        position: 3,
      });
      expect(await getTicket(second.ticket.id, floor.officer)).toMatchObject({ position: 1 });
      expect((await callNext(desk))!.id).toBe(second.ticket.id);
      await act('markNoShow', second.ticket.id, desk.officer);
      expect((await callNext(desk))!.id).toBe(third.ticket.id);
      await act('markNoShow', third.ticket.id, desk.officer);
      expect((await callNext(desk))!.id).toBe(first.ticket.id);
      const events = await waitFor(
        () => (eventsOf(first.ticket.id).length >= 5 ? eventsOf(first.ticket.id) : undefined),
        5000,
        'the no-show and re-join events',
      );
      // Re-joining is a check-in again for scheduling: the booking is CHECKED_IN once more.
      expect(events.map((e) => e.subject)).toEqual([
        'counter.ticket.checked_in',
        'counter.ticket.called',
        'counter.ticket.no_show',
        'counter.ticket.checked_in',
        'counter.ticket.called',
      ]);
      expect(events[2].payload).toMatchObject({ ticketId: first.ticket.id, bookingId: first.booking.bookingId });
    });

    it('puts a ticket on hold for a missing document and back at its original place', async () => {
      const floor = await openFloor();
      const first = await checkedIn(floor);
      const second = await checkedIn(floor);
      const third = await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      await callNext(desk);
      await act('startService', first.ticket.id, desk.officer);
      expect(errorCodes(await call(HOLD, { id: first.ticket.id, reason: ' ' }, desk.officer))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const held = ok(
        await call<{ holdTicket: TicketView }>(
          HOLD,
          { id: first.ticket.id, reason: 'Kartu Keluarga missing' },
          desk.officer,
        ),
      ).holdTicket;
      expect(held).toMatchObject({
        status: 'ON_HOLD',
        holdReason: 'Kartu Keluarga missing',
        counter: null,
        position: null,
      });
      expect(errorCodes(await call(move('resumeTicket'), { id: second.ticket.id }, floor.officer))).toEqual([
        'INVALID_TRANSITION',
      ]);
      expect((await callNext(desk))!.id).toBe(second.ticket.id);
      await act('markNoShow', second.ticket.id, desk.officer);
      expect(await act('resumeTicket', first.ticket.id, floor.officer)).toMatchObject({
        status: 'WAITING',
        holdReason: null,
        position: 1,
      });
      expect(await getTicket(third.ticket.id, floor.officer)).toMatchObject({ position: 2 });
      expect((await callNext(desk))!.id).toBe(first.ticket.id);
    });
  });

  describe('the queue board and the applicant’s ticket', () => {
    it('shows who goes to which counter, latest call first, and how many wait per stage, to anyone', async () => {
      const floor = await openFloor();
      const a = await checkedIn(floor);
      const b = await checkedIn(floor);
      await checkedIn(floor);
      const one = await openCounter(floor, ['RECEPTION']);
      const two = await openCounter(floor, ['RECEPTION']);
      await callNext(one);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await callNext(two);
      await act('startService', b.ticket.id, two.officer);
      const board = ok(
        await call<{ queueBoard: Record<string, unknown> }>(BOARD, { officeId: floor.officeId }),
      ).queueBoard;
      expect(board).toMatchObject({
        officeId: floor.officeId,
        date: (await sut.sql.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d,
        nowServing: [
          // Public: numbers and counters, none of the applicants' details.
          {
            counter: { id: two.id, name: two.name, officer: null },
            ticket: { id: b.ticket.id, status: 'SERVING', booking: null },
          },
          {
            counter: { id: one.id, name: one.name, officer: null },
            ticket: { id: a.ticket.id, status: 'CALLED', booking: null },
          },
        ],
        queues: [
          { stage: 'RECEPTION', waiting: 1, averageWaitSeconds: expect.any(Number) },
          { stage: 'INTERVIEW', waiting: 0, averageWaitSeconds: null },
          { stage: 'ADJUDICATION', waiting: 0, averageWaitSeconds: null },
          { stage: 'PICKUP', waiting: 0, averageWaitSeconds: null },
        ],
      });
      // No officer for boards, kiosks or applicants either (issue 7, point 3); her colleagues see who sits where.
      const servedBy = async (viewer: Identity) =>
        ok(
          await call<{ queueBoard: { nowServing: { counter: { officer: { id: string } | null } }[] } }>(
            BOARD,
            { officeId: floor.officeId },
            viewer,
          ),
        ).queueBoard.nowServing.map((c) => c.counter.officer);
      for (const viewer of [floor.board, floor.kiosk, testIdentities.applicant(a.booking.applicantId)]) {
        expect(await servedBy(viewer)).toEqual([null, null]);
      }
      expect(await servedBy(floor.officer)).toEqual([{ id: two.officer.sub }, { id: one.officer.sub }]);
      expect(await servedBy(testIdentities.officer(randomUUID()))).toEqual([null, null]);
      // A recall puts the call back on top.
      await act('recall', a.ticket.id, one.officer);
      const recalled = ok(
        await call<{ queueBoard: { nowServing: { ticket: { id: string } }[] } }>(BOARD, { officeId: floor.officeId }),
      );
      expect(recalled.queueBoard.nowServing.map((c) => c.ticket.id)).toEqual([a.ticket.id, b.ticket.id]);
      expect(errorCodes(await call(BOARD, { officeId: randomUUID() }))).toEqual(['NOT_FOUND']);
    });

    it('shows a paused counter as PAUSED with no ticket at it, to anyone, never why nor who', async () => {
      const floor = await openFloor();
      const desk = await openCounter(floor, ['RECEPTION']);
      const idle = await openCounter(floor, ['INTERVIEW']);
      ok(
        await call(
          `mutation ($id: ID!) { pauseCounter(counterId: $id, reason: "Istirahat sholat") { id } }`,
          { id: desk.id },
          desk.officer,
        ),
      );
      const COUNTERS = `query ($officeId: ID!) { queueBoard(officeId: $officeId) {
        nowServing { counter { id } } counters { id name status pauseReason officer { id } }
      } }`;
      type Board = { nowServing: unknown[]; counters: Record<string, unknown>[] };
      const boardFor = async (viewer?: Identity) =>
        ok(await call<{ queueBoard: Board }>(COUNTERS, { officeId: floor.officeId }, viewer)).queueBoard;
      for (const viewer of [undefined, floor.board, floor.kiosk]) {
        const board = await boardFor(viewer);
        expect(board.nowServing).toEqual([]);
        expect(board.counters).toHaveLength(2);
        expect(board.counters).toEqual(
          expect.arrayContaining([
            { id: desk.id, name: desk.name, status: 'PAUSED', pauseReason: null, officer: null },
            { id: idle.id, name: idle.name, status: 'OPEN', pauseReason: null, officer: null },
          ]),
        );
      }
      // Her colleagues see why, on the same board.
      expect((await boardFor(floor.officer)).counters.find((c) => c.id === desk.id)).toMatchObject({
        status: 'PAUSED',
        pauseReason: 'Istirahat sholat',
      });
    });

    it('tells its applicant her position and an estimate from the stage’s pace and open counters', async () => {
      const floor = await openFloor();
      const waiting = [await checkedIn(floor), await checkedIn(floor), await checkedIn(floor)];
      const mine = waiting[2];
      const owner = testIdentities.applicant(mine.booking.applicantId);
      // Nobody served yet, no counter open: 300 s a head, one counter assumed.
      expect(await getTicket(mine.ticket.id, owner)).toMatchObject({ position: 3, estimatedWaitSeconds: 900 });
      const desk = await openCounter(floor, ['RECEPTION']);
      await openCounter(floor, ['RECEPTION', 'INTERVIEW']);
      // Two counters serve RECEPTION now; give the stage a known pace of 120 s and 240 s.
      const served = await callNext(desk);
      await act('startService', served!.id, desk.officer);
      await act('completeStage', served!.id, desk.officer);
      await sut.sql.query(
        `UPDATE ticket_visit SET started_at = completed_at - interval '120 seconds' WHERE ticket_id = $1 AND stage = 'RECEPTION'`,
        [served!.id],
      );
      const other = await checkedIn(floor, { startsInMinutes: 50 });
      await sut.sql.query(
        `INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, queued_at, called_at, started_at, completed_at, outcome)
         SELECT id, office_id, local_date, 'RECEPTION', now() - interval '1 hour', now() - interval '50 minutes',
                now() - interval '250 seconds', now() - interval '10 seconds', 'COMPLETED' FROM ticket WHERE id = $1`,
        [other.ticket.id],
      );
      const view = await getTicket(mine.ticket.id, owner);
      expect(view).toMatchObject({ position: 2, estimatedWaitSeconds: Math.round((2 * 180) / 2) });
      expect(view.booking).toEqual({ id: mine.booking.bookingId });

      expect(errorCodes(await call(GET_TICKET, { id: mine.ticket.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(GET_TICKET, { id: mine.ticket.id }, testIdentities.applicant()))).toEqual([
        'FORBIDDEN',
      ]);
      const otherOffice = await openFloor();
      expect(errorCodes(await call(GET_TICKET, { id: mine.ticket.id }, otherOffice.officer))).toEqual(['FORBIDDEN']);
      expect(ok(await call(GET_TICKET, { id: randomUUID() }, owner))).toEqual({ ticket: null });
      expect(ok(await call(GET_TICKET, { id: mine.ticket.id }, testIdentities.admin()))).toMatchObject({
        ticket: { id: mine.ticket.id },
      });
    });
  });

  describe('reception checks priority groups', () => {
    const SET_PRIORITY = `mutation ($id: ID!, $priority: PriorityGroup) {
      setTicketPriority(ticketId: $id, priority: $priority) { ${TICKET} }
    }`;
    const setPriority = (id: string, priority: PriorityGroup | null, by: Identity | null) =>
      call<{ setTicketPriority: TicketView }>(SET_PRIORITY, { id, priority }, by);

    it('lets reception send a false claim to the ordinary order and confirm another, numbers kept, order followed', async () => {
      const floor = await openFloor();
      const first = await checkedIn(floor);
      const second = await checkedIn(floor);
      const claimed = await checkedIn(floor, { priority: 'ELDERLY' });
      expect(claimed.ticket).toMatchObject({ number: 'P-001', priority: 'ELDERLY', position: 1 });

      // Only reception or a supervisor of the office; nothing changes for the others.
      const other = await openFloor();
      for (const [code, by] of [
        ['UNAUTHENTICATED', null],
        ['FORBIDDEN', floor.kiosk],
        ['FORBIDDEN', testIdentities.applicant(claimed.booking.applicantId)],
        ['FORBIDDEN', testIdentities.officer(floor.officeId, ['INTERVIEW'])],
        ['FORBIDDEN', other.officer],
        ['FORBIDDEN', testIdentities.admin()],
      ] as const) {
        expect([code, errorCodes(await setPriority(claimed.ticket.id, null, by))]).toEqual([code, [code]]);
      }
      expect(errorCodes(await setPriority(randomUUID(), null, floor.officer))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await setPriority('not-a-ticket', null, floor.officer))).toEqual(['BAD_USER_INPUT']);
      expect(await getTicket(claimed.ticket.id, floor.officer)).toMatchObject({ priority: 'ELDERLY', position: 1 });

      // His papers show he is 36: a false claim goes to the ordinary order, behind those booked before him.
      const cleared = ok(await setPriority(claimed.ticket.id, null, floor.officer)).setTicketPriority;
      expect(cleared).toMatchObject({ number: 'P-001', priority: null, position: 3 });
      // The second applicant turns out to be pregnant: reception confirms it, and she goes first.
      const confirmed = ok(await setPriority(second.ticket.id, 'PREGNANT', floor.supervisor)).setTicketPriority;
      expect(confirmed).toMatchObject({ number: second.ticket.number, priority: 'PREGNANT', position: 1 });
      expect(await getTicket(first.ticket.id, floor.officer)).toMatchObject({ position: 2 });
      // The same group again changes nothing and announces nothing.
      ok(await setPriority(second.ticket.id, 'PREGNANT', floor.officer));

      const changes = await waitFor(
        () => {
          const found = published.filter((e) => e.subject === 'counter.ticket.priority_changed');
          return found.filter((e) =>
            [claimed.ticket.id, second.ticket.id].includes((e.payload as { ticketId: string }).ticketId),
          ).length === 2
            ? found
            : undefined;
        },
        5000,
        'the priority_changed events',
      );
      expect(changes.map((e) => e.payload)).toEqual([
        expect.objectContaining({
          ticketId: claimed.ticket.id,
          bookingId: claimed.booking.bookingId,
          officeId: floor.officeId,
          priority: null,
          previousPriority: 'ELDERLY',
        }),
        expect.objectContaining({ ticketId: second.ticket.id, priority: 'PREGNANT', previousPriority: null }),
      ]);
      // Her phone and the phones of everyone waiting at reception hear that their places moved.
      await waitFor(
        () => (live.includes(`counter.live.ticket.${first.ticket.id}`) ? true : undefined),
        2000,
        'the live message for a ticket whose place moved',
      );

      const desk = await openCounter(floor, ['RECEPTION']);
      expect((await callNext(desk))!.id).toBe(second.ticket.id);
    });

    it('leaves finished and no-show tickets as they were', async () => {
      const floor = await openFloor();
      const { ticket } = await checkedIn(floor, { priority: 'DISABLED' });
      const desk = await openCounter(floor, ['RECEPTION']);
      await callNext(desk);
      await act('markNoShow', ticket.id, desk.officer);
      expect(errorCodes(await setPriority(ticket.id, null, floor.officer))).toEqual(['INVALID_TRANSITION']);
      expect(await getTicket(ticket.id, floor.officer)).toMatchObject({ priority: 'DISABLED', status: 'NO_SHOW' });
    });
  });

  describe('the end of the day', () => {
    it('makes unfinished tickets of past days no-shows, announced, and closes counters left open', async () => {
      const floor = await openFloor();
      const { ticket: waiting } = await checkedIn(floor);
      const { ticket: called } = await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      expect(await callNext(desk)).toMatchObject({ id: waiting.id });
      const endOfDay = sut.subgraph.app.get(EndOfDayJob);
      // Today nothing is past.
      await endOfDay.sweep(new Date());
      expect((await getTicket(called.id, floor.officer)).status).toBe('WAITING');

      const twoDaysLater = new Date(Date.now() + 2 * 86_400_000);
      expect(await endOfDay.sweep(twoDaysLater)).toBeGreaterThanOrEqual(2);
      for (const id of [waiting.id, called.id]) {
        expect((await getTicket(id, floor.officer)).status).toBe('NO_SHOW');
        await waitFor(() => eventsOf(id).find((e) => e.subject === TicketNoShow.subject), 5000, 'ticket.no_show');
      }
      const openVisits = await count('SELECT 1 FROM ticket_visit WHERE ticket_id = ANY($1) AND outcome IS NULL', [
        [waiting.id, called.id],
      ]);
      expect(openVisits).toBe(0);
      expect(await count('SELECT 1 FROM counter WHERE id = $1 AND officer_id IS NULL', [desk.id])).toBe(1);
      expect(await endOfDay.sweep(twoDaysLater)).toBe(0);
    });
  });

  describe('the day report', () => {
    it('gives a supervisor the figures per stage, counter and officer, computed in SQL', async () => {
      const floor = await openFloor();
      const date = '2026-11-30';
      const desk = (
        await call<{ createCounter: { id: string } }>(
          CREATE_COUNTER,
          { input: { officeId: floor.officeId, name: 'Loket A', stages: ['RECEPTION'] } },
          floor.supervisor,
        )
      ).data!.createCounter.id;
      const booth = (
        await call<{ createCounter: { id: string } }>(
          CREATE_COUNTER,
          { input: { officeId: floor.officeId, name: 'Loket B', stages: ['INTERVIEW'] } },
          floor.supervisor,
        )
      ).data!.createCounter.id;
      const ani = randomUUID();
      const budi = randomUUID();
      // Five reception visits waiting 60..300 s and served 100..500 s; one reception no-show that
      // waited 600 s; two interviews waiting 30 and 90 s, served 200 and 400 s; one never called.
      const visits: [Stage, string | null, string | null, number | null, number | null, string | null][] = [
        ['RECEPTION', desk, ani, 60, 100, 'COMPLETED'],
        ['RECEPTION', desk, ani, 120, 200, 'COMPLETED'],
        ['RECEPTION', desk, ani, 180, 300, 'COMPLETED'],
        ['RECEPTION', desk, budi, 240, 400, 'COMPLETED'],
        ['RECEPTION', desk, budi, 300, 500, 'COMPLETED'],
        ['RECEPTION', desk, budi, 600, null, 'NO_SHOW'],
        ['INTERVIEW', booth, budi, 30, 200, 'COMPLETED'],
        ['INTERVIEW', booth, budi, 90, 400, 'COMPLETED'],
        ['INTERVIEW', null, null, null, null, null],
      ];
      for (const [i, [stage, counterId, officerId, wait, service, outcome]] of visits.entries()) {
        const ticket = (
          await sut.sql.query(
            `INSERT INTO ticket (office_id, local_date, lane, number, booking_id, status, stage, checked_in_at, queue_key,
                                 queued_at)
             VALUES ($1, $2, 'A', $3, gen_random_uuid(), $4, $5, $6, $6, $6) RETURNING id`,
            [
              floor.officeId,
              date,
              `A-${100 + i}`,
              outcome === 'COMPLETED' && stage === 'INTERVIEW' ? 'DONE' : outcome ? 'NO_SHOW' : 'WAITING',
              stage,
              '2026-11-30T01:00:00Z',
            ],
          )
        ).rows[0].id;
        await sut.sql.query(
          `INSERT INTO ticket_visit (ticket_id, office_id, local_date, stage, counter_id, officer_id, queued_at, called_at,
                                     started_at, completed_at, outcome)
           VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz,
                   $7::timestamptz + make_interval(secs => $8::float8),
                   CASE WHEN $10::text = 'COMPLETED' THEN $7::timestamptz + make_interval(secs => $8::float8 + 10) END,
                   CASE WHEN $10::text IS NOT NULL
                        THEN $7::timestamptz + make_interval(secs => coalesce($8::float8, 0) + 10 + coalesce($9::float8, 0))
                   END,
                   $10)`,
          [ticket, floor.officeId, date, stage, counterId, officerId, '2026-11-30T01:00:00Z', wait, service, outcome],
        );
      }

      expect(errorCodes(await call(REPORT, { officeId: floor.officeId, date }, floor.officer))).toEqual(['FORBIDDEN']);
      const report = ok(
        await call<{ dayReport: Record<string, unknown> }>(
          REPORT,
          { officeId: floor.officeId, date },
          floor.supervisor,
        ),
      ).dayReport;
      const figures = (
        served: number,
        noShows: number,
        wait: [number, number] | null,
        service: [number, number] | null,
      ) => ({
        served,
        noShows,
        meanWaitSeconds: wait?.[0] ?? null,
        p90WaitSeconds: wait?.[1] ?? null,
        meanServiceSeconds: service?.[0] ?? null,
        p90ServiceSeconds: service?.[1] ?? null,
      });
      // percentile_cont(0.9) of n sorted values: the value at 0.9·(n-1), interpolated.
      expect(report).toEqual({
        officeId: floor.officeId,
        date,
        ticketsIssued: 9,
        ticketsDone: 2,
        walkIns: 0,
        total: figures(7, 1, [202.5, 390], [300, 440]),
        stages: [
          { stage: 'RECEPTION', figures: figures(5, 1, [250, 450], [300, 460]) },
          { stage: 'INTERVIEW', figures: figures(2, 0, [60, 84], [300, 380]) },
          { stage: 'ADJUDICATION', figures: figures(0, 0, null, null) },
          { stage: 'PICKUP', figures: figures(0, 0, null, null) },
        ],
        counters: [
          { counter: { id: desk, name: 'Loket A' }, figures: figures(5, 1, [250, 450], [300, 460]) },
          { counter: { id: booth, name: 'Loket B' }, figures: figures(2, 0, [60, 84], [300, 380]) },
        ],
        // Most served first.
        officers: [
          { officer: { id: budi }, figures: figures(4, 1, [252, 480], [375, 470]) },
          { officer: { id: ani }, figures: figures(3, 0, [120, 168], [200, 280]) },
        ],
        // Every visit was queued at 08:00 office time and called and completed within that hour.
        byHour: [
          { hour: 8, stage: 'RECEPTION', served: 5, meanWaitSeconds: 250 },
          { hour: 8, stage: 'INTERVIEW', served: 2, meanWaitSeconds: 60 },
        ],
      });
    });

    it('counts every ticket issued without a booking as a walk-in, priority walk-ins included', async () => {
      const floor = await openFloor();
      await checkedIn(floor);
      await checkedIn(floor, { priority: 'PREGNANT' });
      ok(await call(WALK_IN, { officeId: floor.officeId }, floor.officer));
      ok(await call(WALK_IN, { officeId: floor.officeId, priority: 'ELDERLY' }, floor.officer));
      ok(await call(WALK_IN, { officeId: floor.officeId, priority: 'CHILD' }, floor.officer));
      // The tickets' own day, not the clock's: the test may run across the office's midnight.
      const issuedOn = await sut.sql.query(
        `SELECT DISTINCT local_date::text AS date FROM ticket WHERE office_id = $1`,
        [floor.officeId],
      );
      const { date } = issuedOn.rows[0];
      const report = ok(
        await call<{ dayReport: Record<string, unknown> }>(
          REPORT,
          { officeId: floor.officeId, date },
          floor.supervisor,
        ),
      ).dayReport;
      expect(report).toMatchObject({ date, ticketsIssued: 5, ticketsDone: 0, walkIns: 3 });
    });
  });

  describe('the officer’s daily tools (contract v2)', () => {
    const LIST = `query ($officeId: ID!, $stage: Stage, $statuses: [TicketStatus!], $date: Date) {
      tickets(officeId: $officeId, stage: $stage, statuses: $statuses, date: $date) { id number status stage priority }
    }`;
    const BY_NUMBER = `query ($officeId: ID!, $number: String!) {
      ticketByNumber(officeId: $officeId, number: $number) { id number }
    }`;
    const CALL_TICKET = `mutation ($counterId: ID!, $ticketId: ID!) {
      callTicket(counterId: $counterId, ticketId: $ticketId) { ${TICKET} }
    }`;
    const COUNTER_FIELDS = 'id open status pauseReason officer { id } currentTicket { number }';
    const PAUSE = `mutation ($id: ID!, $reason: String!) { pauseCounter(counterId: $id, reason: $reason) { ${COUNTER_FIELDS} } }`;
    const RESUME = `mutation ($id: ID!) { resumeCounter(counterId: $id) { ${COUNTER_FIELDS} } }`;
    const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Ticket { id number booking { id } priority followCode holdReason }
      ... on Counter { id name status pauseReason officer { id } }
      ... on Booking { id ticket { id number } }
    } }`;
    type Listed = { id: string; number: string; status: string; stage: Stage; priority: PriorityGroup | null };
    const list = async (floor: Floor, filter: Record<string, unknown> = {}, by: Identity = floor.officer) =>
      ok(await call<{ tickets: Listed[] }>(LIST, { officeId: floor.officeId, ...filter }, by)).tickets;
    const callTicket = (counter: { id: string; officer: Identity }, ticketId: string) =>
      call<{ callTicket: TicketView }>(CALL_TICKET, { counterId: counter.id, ticketId }, counter.officer);
    const entities = (reps: Record<string, unknown>[], by: Identity | null) =>
      call<{ _entities: (Record<string, unknown> | null)[] }>(ENTITIES, { reps }, by);

    it('lists an office’s tickets for its officers, waiting ones in the order callNext calls them (the SQL’s order)', async () => {
      const floor = await openFloor();
      const late = await checkedIn(floor, { startsInMinutes: 50 });
      const early = await checkedIn(floor, { startsInMinutes: 10 });
      const elderly = await checkedIn(floor, { startsInMinutes: 40, priority: 'ELDERLY' });
      const walkIn = ok(
        await call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: floor.officeId }, floor.officer),
      ).issueWalkInTicket;
      const listed = await list(floor, { stage: 'RECEPTION', statuses: ['WAITING'] });
      // Priority first; then by session (a walk-in by her arrival, which is before both sessions here).
      expect(listed.map((t) => t.id)).toEqual([elderly.ticket.id, walkIn.id, early.ticket.id, late.ticket.id]);

      // callNext takes them in exactly that order.
      const desk = await openCounter(floor, ['RECEPTION']);
      const calledOrder: string[] = [];
      for (let i = 0; i < listed.length; i += 1) {
        const called = await callNext(desk);
        calledOrder.push(called!.id);
        if (i === 0) {
          // Whatever is not waiting comes after the waiting tickets, and statuses filter.
          expect((await list(floor)).map((t) => t.status)).toEqual(['WAITING', 'WAITING', 'WAITING', 'CALLED']);
          expect((await list(floor, { statuses: ['CALLED'] })).map((t) => t.id)).toEqual([called!.id]);
        }
        await act('markNoShow', called!.id, desk.officer);
      }
      expect(calledOrder).toEqual(listed.map((t) => t.id));
      expect(await list(floor, { stage: 'INTERVIEW' })).toEqual([]);
      expect(await list(floor, { date: '2020-01-01' })).toEqual([]);

      // By the number printed on it, typed as an officer types it.
      const byNumber = async (number: string) =>
        ok(
          await call<{ ticketByNumber: { id: string } | null }>(
            BY_NUMBER,
            { officeId: floor.officeId, number },
            floor.officer,
          ),
        ).ticketByNumber;
      expect(await byNumber(early.ticket.number.toLowerCase().replace('-00', ''))).toEqual({
        id: early.ticket.id,
        number: early.ticket.number,
      });
      expect(await byNumber('A-999')).toBeNull();
      expect(await byNumber('not a number')).toBeNull();

      // Officers of the office only.
      for (const outsider of [
        floor.board,
        floor.kiosk,
        testIdentities.applicant(early.booking.applicantId),
        testIdentities.officer(randomUUID(), ['RECEPTION']),
      ]) {
        expect(errorCodes(await call(LIST, { officeId: floor.officeId }, outsider))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await call(BY_NUMBER, { officeId: floor.officeId, number: 'A-001' }, outsider))).toEqual([
          'FORBIDDEN',
        ]);
      }
      expect(errorCodes(await call(LIST, { officeId: floor.officeId }))).toEqual(['UNAUTHENTICATED']);
    });

    it('calls a chosen waiting ticket out of order, at the officer’s own open counter only', async () => {
      const floor = await openFloor();
      const first = await checkedIn(floor, { startsInMinutes: 10 });
      const second = await checkedIn(floor, { startsInMinutes: 20 });
      const desk = await openCounter(floor, ['RECEPTION']);
      const booth = await openCounter(floor, ['INTERVIEW']);
      expect(errorCodes(await callTicket(booth, second.ticket.id))).toEqual(['INVALID_TRANSITION']);
      expect(errorCodes(await callTicket({ id: desk.id, officer: booth.officer }, second.ticket.id))).toEqual([
        'COUNTER_NOT_OPEN',
      ]);
      expect(errorCodes(await callTicket(desk, randomUUID()))).toEqual(['NOT_FOUND']);
      const called = ok(await callTicket(desk, second.ticket.id)).callTicket;
      expect(called).toMatchObject({ id: second.ticket.id, status: 'CALLED', counter: { id: desk.id }, callCount: 1 });
      await waitFor(
        () => eventsOf(second.ticket.id).find((e) => e.subject === 'counter.ticket.called'),
        5000,
        'the called event',
      );
      // One ticket at a counter at a time; a called ticket is not called again.
      expect(errorCodes(await callTicket(desk, first.ticket.id))).toEqual(['INVALID_TRANSITION']);
      await act('markNoShow', second.ticket.id, desk.officer);
      const refused = await callTicket(desk, second.ticket.id);
      expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
      expect(refused.errors![0].message).toBe(
        `${second.ticket.number} tidak sedang menunggu: hanya tiket yang menunggu yang dapat dipanggil.`,
      );
      expect((await callNext(desk))!.id).toBe(first.ticket.id);
    });

    it('RACE TEST: 8 counters calling the same ticket at once: exactly one gets it, called once', async () => {
      const floor = await openFloor();
      const { ticket } = await checkedIn(floor);
      const counters = [];
      for (let i = 0; i < 8; i += 1) counters.push(await openCounter(floor, ['RECEPTION']));
      const results = await Promise.all(counters.map((counter) => callTicket(counter, ticket.id)));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors).map(errorCodes)).toEqual(Array(7).fill(['INVALID_TRANSITION']));
      expect(
        await count(`SELECT 1 FROM ticket WHERE id = $1 AND status = 'CALLED' AND call_count = 1`, [ticket.id]),
      ).toBe(1);
      expect(
        await count(`SELECT 1 FROM ticket_visit WHERE ticket_id = $1 AND called_at IS NOT NULL`, [ticket.id]),
      ).toBe(1);
      await waitFor(() => eventsOf(ticket.id).some((e) => e.subject === 'counter.ticket.called'), 5000, 'the call');
      expect(eventsOf(ticket.id).filter((e) => e.subject === 'counter.ticket.called')).toHaveLength(1);
    });

    it('RACE TEST: callTicket racing callNext for the head of the queue never calls a ticket twice', async () => {
      const floor = await openFloor();
      const waiting = [];
      for (let i = 0; i < 6; i += 1) waiting.push((await checkedIn(floor, { startsInMinutes: 10 + i })).ticket);
      const choosers = [];
      const nexts = [];
      for (let i = 0; i < 4; i += 1) choosers.push(await openCounter(floor, ['RECEPTION']));
      for (let i = 0; i < 4; i += 1) nexts.push(await openCounter(floor, ['RECEPTION']));
      const head = waiting[0].id;
      const [chosen, next] = await Promise.all([
        Promise.all(choosers.map((counter) => callTicket(counter, head))),
        Promise.all(
          nexts.map((counter) => call<{ callNext: TicketView | null }>(CALL_NEXT, { id: counter.id }, counter.officer)),
        ),
      ]);
      const calledIds = [
        ...chosen.filter((r) => !r.errors).map((r) => r.data!.callTicket.id),
        ...next.map((r) => ok(r).callNext!.id),
      ];
      // Every callNext got a ticket, the head went to exactly one counter, and no ticket twice.
      expect(new Set(calledIds).size).toBe(calledIds.length);
      expect(calledIds.filter((id) => id === head)).toHaveLength(1);
      expect(chosen.filter((r) => r.errors).every((r) => errorCodes(r)[0] === 'INVALID_TRANSITION')).toBe(true);
      expect(await count(`SELECT 1 FROM ticket WHERE office_id = $1 AND status = 'CALLED'`, [floor.officeId])).toBe(
        calledIds.length,
      );
      expect(
        await count(
          `SELECT counter_id FROM ticket WHERE office_id = $1 AND status = 'CALLED' GROUP BY counter_id HAVING count(*) > 1`,
          [floor.officeId],
        ),
      ).toBe(0);
    });

    it('pauses a counter: nothing is called there, it stays open and held, the board sees it paused but not why', async () => {
      const floor = await openFloor();
      const first = await checkedIn(floor);
      const second = await checkedIn(floor);
      const third = await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      await callNext(desk);
      expect(errorCodes(await call(PAUSE, { id: desk.id, reason: '  ' }, desk.officer))).toEqual(['BAD_USER_INPUT']);
      const colleague = testIdentities.officer(floor.officeId, ['RECEPTION']);
      expect(errorCodes(await call(PAUSE, { id: desk.id, reason: 'Istirahat' }, colleague))).toEqual([
        'COUNTER_NOT_OPEN',
      ]);
      const paused = ok(
        await call<{ pauseCounter: unknown }>(PAUSE, { id: desk.id, reason: 'Istirahat sholat' }, desk.officer),
      );
      // Its ticket stays at it.
      expect(paused.pauseCounter).toEqual({
        id: desk.id,
        open: true,
        status: 'PAUSED',
        pauseReason: 'Istirahat sholat',
        officer: { id: desk.officer.sub },
        currentTicket: { number: first.ticket.number },
      });
      await act('markNoShow', first.ticket.id, desk.officer);
      const refused = await call(CALL_NEXT, { id: desk.id }, desk.officer);
      expect(errorCodes(refused)).toEqual(['COUNTER_NOT_OPEN']);
      expect(refused.errors![0].message).toMatch(/dijeda/);
      expect(errorCodes(await callTicket(desk, second.ticket.id))).toEqual(['COUNTER_NOT_OPEN']);
      // Nor is a ticket sent there.
      const other = await openCounter(floor, ['RECEPTION']);
      const sent = (await callNext(other))!;
      expect(
        errorCodes(
          await call(
            `mutation ($id: ID!, $to: ID!) { transferTicket(ticketId: $id, counterId: $to) { id } }`,
            { id: sent.id, to: desk.id },
            other.officer,
          ),
        ),
      ).toEqual(['COUNTER_NOT_OPEN']);
      for (const viewer of [floor.board, floor.kiosk]) {
        const seen = ok(
          await call<{ counters: Record<string, unknown>[] }>(
            `query ($officeId: ID!) { counters(officeId: $officeId) { id status pauseReason open officer { id } } }`,
            { officeId: floor.officeId },
            viewer,
          ),
        ).counters.find((c) => c.id === desk.id);
        expect(seen).toEqual({ id: desk.id, status: 'PAUSED', pauseReason: null, open: true, officer: null });
      }
      const resumed = ok(
        await call<{ resumeCounter: Record<string, unknown> }>(RESUME, { id: desk.id }, desk.officer),
      ).resumeCounter;
      expect(resumed).toMatchObject({ status: 'OPEN', pauseReason: null, open: true });
      expect((await callNext(desk))!.id).toBe(third.ticket.id);
      // A supervisor may pause and resume any counter of her office; closing clears a pause.
      ok(await call(PAUSE, { id: desk.id, reason: 'Gangguan sistem' }, floor.supervisor));
      expect(await count(`SELECT 1 FROM counter WHERE id = $1 AND paused_at IS NOT NULL`, [desk.id])).toBe(1);
    });

    it('keeps the office’s recall rules: a recall too soon or past the limit is refused with a plain message', async () => {
      // An office event without rules (as before v2): 60 s apart, 3 calls at most.
      const floor = await openFloor(60, 'Asia/Jakarta', 'defaults');
      const { ticket } = await checkedIn(floor);
      const desk = await openCounter(floor, ['RECEPTION']);
      await callNext(desk);
      const tooSoon = await call(move('recall'), { id: ticket.id }, desk.officer);
      expect(errorCodes(tooSoon)).toEqual(['INVALID_TRANSITION']);
      expect(tooSoon.errors![0].message).toMatch(
        new RegExp(`^${ticket.number} baru saja dipanggil: panggil ulang setelah \\d+ detik lagi\\.$`),
      );
      expect(await count(`SELECT 1 FROM ticket WHERE id = $1 AND call_count = 1`, [ticket.id])).toBe(1);

      // The supervisor's rules reach the floor by the office's event: no gap, 2 calls at most.
      await feed(OfficeUpdated, {
        officeId: floor.officeId,
        code: `OFFICE-${floor.officeId.slice(0, 6)}`,
        name: 'Kantor Imigrasi Kelas II Blitar',
        timeZone: floor.timeZone,
        checkInOpensMinutesBefore: 60,
        recallGapSeconds: 0,
        maxCalls: 2,
      });
      expect(await act('recall', ticket.id, desk.officer)).toMatchObject({ callCount: 2 });
      const overLimit = await call(move('recall'), { id: ticket.id }, desk.officer);
      expect(errorCodes(overLimit)).toEqual(['INVALID_TRANSITION']);
      expect(overLimit.errors![0].message).toBe(
        `${ticket.number} sudah dipanggil 2 kali, batas kantor ini: tandai tidak hadir.`,
      );
      expect(overLimit.errors![0].extensions).toMatchObject({ maxCalls: 2 });
      expect(await count(`SELECT 1 FROM ticket WHERE id = $1 AND call_count = 2`, [ticket.id])).toBe(1);
    });

    it('refuses check-in for a session the office cancelled, with its reason, whatever reached the floor first', async () => {
      const floor = await openFloor();
      const booking = await book(floor);
      await feed(SessionCancelled, {
        sessionId: booking.sessionId,
        officeId: floor.officeId,
        startsAt: booking.sessionStartsAt,
        endsAt: booking.sessionEndsAt,
        reason: 'Listrik padam',
        cancelledAt: new Date().toISOString(),
      });
      // The booking's own cancellation has not arrived yet: the session decides.
      for (const attempt of [
        checkIn(floor, { qrToken: booking.qrToken }, floor.kiosk),
        checkIn(floor, { bookingCode: booking.code }, floor.officer),
      ]) {
        const refused = await attempt;
        expect(errorCodes(refused)).toEqual(['INVALID_TRANSITION']);
        expect(refused.errors![0].message).toMatch(/dibatalkan oleh kantor \(Listrik padam\)/);
      }
      const other = await book(floor);
      await feed(BookingCancelled, {
        bookingId: other.bookingId,
        officeId: floor.officeId,
        sessionId: other.sessionId,
        cancelReason: 'Hari libur nasional',
      });
      expect((await checkIn(floor, { qrToken: other.qrToken }, floor.kiosk)).errors![0].message).toMatch(
        /Hari libur nasional/,
      );
      expect(await count('SELECT 1 FROM ticket WHERE office_id = $1', [floor.officeId])).toBe(0);
    });

    it('gives Booking.ticket (the visit’s, never the pickup’s) to those who may see it, null before check-in', async () => {
      const floor = await openFloor();
      const waiting = await book(floor);
      const { booking, ticket } = await checkedIn(floor);
      const applicant = testIdentities.applicant(booking.applicantId);
      const reps = [
        { __typename: 'Booking', id: booking.bookingId },
        { __typename: 'Booking', id: waiting.bookingId },
      ];
      expect(ok(await entities(reps, applicant))._entities).toEqual([
        { id: booking.bookingId, ticket: { id: ticket.id, number: ticket.number } },
        { id: waiting.bookingId, ticket: null },
      ]);
      expect(ok(await entities(reps, floor.officer))._entities[0]).toEqual({
        id: booking.bookingId,
        ticket: { id: ticket.id, number: ticket.number },
      });
      for (const stranger of [
        null,
        floor.board,
        floor.kiosk,
        testIdentities.applicant(),
        testIdentities.officer(randomUUID()),
      ]) {
        expect(ok(await entities(reps, stranger))._entities).toEqual([
          { id: booking.bookingId, ticket: null },
          { id: waiting.bookingId, ticket: null },
        ]);
      }
    });

    it('POINT 7: public screens (anonymous, boards, kiosks) see counters by name and tickets by number only, on every path', async () => {
      const floor = await openFloor();
      const { booking, ticket } = await checkedIn(floor, { priority: 'ELDERLY' });
      const desk = await openCounter(floor, ['RECEPTION']);
      await callNext(desk);
      ok(await call(PAUSE, { id: desk.id, reason: 'Istirahat' }, desk.officer));
      const otherKiosk = device(floor.officeId, 'KIOSK');
      const publicCallers: (Identity | null)[] = [null, floor.board, floor.kiosk, otherKiosk];
      for (const caller of publicCallers) {
        // The board: the counter by name and status, the ticket by number; nobody named.
        const board = ok(
          await call<{ queueBoard: { nowServing: Record<string, Record<string, unknown>>[] } }>(
            `query ($officeId: ID!) { queueBoard(officeId: $officeId) { nowServing {
               counter { id name status pauseReason officer { id } }
               ticket { id number priority booking { id } followCode holdReason }
             } } }`,
            { officeId: floor.officeId },
            caller,
          ),
        ).queueBoard.nowServing;
        expect(board).toEqual([
          {
            counter: { id: desk.id, name: desk.name, status: 'PAUSED', pauseReason: null, officer: null },
            ticket: {
              id: ticket.id,
              number: ticket.number,
              priority: null,
              booking: null,
              followCode: null,
              holdReason: null,
            },
          },
        ]);
        // Federation's entry point: a ticket is not resolved for them at all; a counter without its officer.
        const resolved = ok(
          await entities(
            [
              { __typename: 'Ticket', id: ticket.id },
              { __typename: 'Counter', id: desk.id },
            ],
            caller,
          ),
        )._entities;
        expect(resolved).toEqual([
          null,
          { id: desk.id, name: desk.name, status: 'PAUSED', pauseReason: null, officer: null },
        ]);
      }
      // The ticket's own path: signed-in callers only, and not a device.
      expect(errorCodes(await call(GET_TICKET, { id: ticket.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(GET_TICKET, { id: ticket.id }, floor.board))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(GET_TICKET, { id: ticket.id }, floor.kiosk))).toEqual(['FORBIDDEN']);
      // Its applicant and the office's officers see it all.
      const officerView = ok(await entities([{ __typename: 'Ticket', id: ticket.id }], floor.officer))._entities[0];
      expect(officerView).toMatchObject({ booking: { id: booking.bookingId }, priority: 'ELDERLY' });
      expect(officerView!.followCode).toMatch(/^[0-9a-f]{32}$/);
    });
  });

  describe('bad input', () => {
    it('refuses malformed ids as BAD_USER_INPUT and hidden characters in counter names', async () => {
      const floor = await openFloor();
      const errorsBefore = logs.errors().length;
      expect(errorCodes(await call(COUNTERS, { officeId: "x'--" }, floor.supervisor))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(GET_TICKET, { id: 'x' }, floor.officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(CALL_NEXT, { id: 'x' }, floor.officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(CALL_NEXT, { id: randomUUID() }, floor.officer))).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(await call(`mutation { setWalkInCap(officeId: "1 OR 1=1", cap: 3) { cap } }`, {}, floor.supervisor)),
      ).toEqual(['BAD_USER_INPUT']);
      const input = { officeId: floor.officeId, name: 'Loket\u202e 1', stages: ['RECEPTION'] };
      expect(errorCodes(await call(CREATE_COUNTER, { input }, floor.supervisor))).toEqual(['BAD_USER_INPUT']);
      expect(logs.errors().slice(errorsBefore)).toEqual([]);
    });
  });
});
