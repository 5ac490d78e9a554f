import { randomUUID } from 'node:crypto';
import { Identity } from '@antrian/auth';
import {
  BookingCreated,
  BookingSnapshotPayload,
  EventDefinition,
  EventEnvelope,
  OfficeCreated,
  Stage,
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
import { SchedulingEventsConsumer } from '../src/consumers/scheduling-events.consumer';
import { startCounter } from '../src/counter.app';

/**
 * The office floor's read side (issue 9): `officeFloor`, `myTickets` and `followTicket` against
 * PostgreSQL, with the live messages that make the gateway resolve them again.
 */
const TICKET = 'id number status stage position estimatedWaitSeconds followCode counter { name }';
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { ${TICKET} } }`;
const WALK_IN = `mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { ${TICKET} } }`;
const CREATE_COUNTER = `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`;
const OPEN = `mutation ($id: ID!) { openCounter(counterId: $id) { id } }`;
const CALL_NEXT = `mutation ($id: ID!) { callNext(counterId: $id) { ${TICKET} } }`;
const move = (name: string) => `mutation ($id: ID!) { ${name}(ticketId: $id) { id status } }`;
const HOLD = `mutation ($id: ID!, $reason: String!) { holdTicket(ticketId: $id, reason: $reason) { id status } }`;
const FLOOR = `query ($officeId: ID!) { officeFloor(officeId: $officeId) {
  officeId date updatedAt longestWaitSeconds servedToday noShowsToday
  counters { id name open status officer { id } currentTicket { number status } }
  queues { stage waiting }
  onHold { number status holdReason }
} }`;
const MY_TICKETS = `{ myTickets { ${TICKET} } }`;
const FOLLOW = `query ($code: String!) { followTicket(code: $code) {
  number status stage position estimatedWaitSeconds counterName officeId
} }`;

const MINUTE = 60_000;
const FOLLOW_MISSES = 3;

interface TicketView {
  id: string;
  number: string;
  status: string;
  stage: Stage;
  position: number | null;
  estimatedWaitSeconds: number | null;
  followCode: string | null;
  counter: { name: string } | null;
}

interface OfficeFloorView {
  officeId: string;
  date: string;
  longestWaitSeconds: number | null;
  servedToday: number;
  noShowsToday: number;
  counters: {
    id: string;
    name: string;
    open: boolean;
    status: string;
    officer: { id: string } | null;
    currentTicket: unknown;
  }[];
  queues: { stage: Stage; waiting: number }[];
  onHold: { number: string; status: string; holdReason: string | null }[];
}

describe('the office floor’s read side (PostgreSQL)', () => {
  const logs = captureLogs('counter-floor-views-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'counter',
    logger: logs.logger,
    start: ({ env, bus, logger }) =>
      startCounter({
        // A small allowance of follow codes that match nothing, so that a test reaches it.
        config: loadCounterConfig({ ...env, FOLLOW_LOOKUP_MAX_MISSES: String(FOLLOW_MISSES) }),
        bus,
        logger,
        migrate: true,
      }),
  });
  const { call } = sut;
  let consumer: SchedulingEventsConsumer;
  const live: string[] = [];

  const envelope = <P>(definition: EventDefinition<P>, payload: P): EventEnvelope<P> => ({
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    payload,
  });
  const feed = <P>(definition: EventDefinition<P>, payload: P) => consumer.handle(envelope(definition, payload));
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const openOffice = async () => {
    const officeId = randomUUID();
    await feed(OfficeCreated, {
      officeId,
      code: `OFFICE-${officeId.slice(0, 6)}`,
      name: 'Kantor Imigrasi Kelas I Malang',
      timeZone: 'Asia/Jakarta',
      checkInOpensMinutesBefore: 60,
    });
    return {
      officeId,
      supervisor: testIdentities.officer(officeId, ['SUPERVISOR']),
      officer: testIdentities.officer(officeId, ['RECEPTION']),
    };
  };
  type Office = Awaited<ReturnType<typeof openOffice>>;

  let codes = 0;
  /** A booking by `applicantId` (for herself or a family member: the booking names the account) checked in. */
  const checkedIn = async (office: Office, applicantId: string = randomUUID()): Promise<TicketView> => {
    codes += 1;
    const startsAt = new Date(Date.now() + 30 * MINUTE);
    const booking: BookingSnapshotPayload = {
      bookingId: randomUUID(),
      code: `F9${String(codes).padStart(6, '0')}`,
      applicantId,
      officeId: office.officeId,
      sessionId: randomUUID(),
      sessionStartsAt: startsAt.toISOString(),
      sessionEndsAt: new Date(startsAt.getTime() + 60 * MINUTE).toISOString(),
      service: 'NEW_ORDINARY',
      priority: null,
    };
    await feed(BookingCreated, booking);
    return ok(
      await call<{ checkIn: TicketView }>(
        CHECK_IN,
        { input: { officeId: office.officeId, bookingCode: booking.code } },
        office.officer,
      ),
    ).checkIn;
  };

  let counters = 0;
  const openCounter = async (office: Office, stages: Stage[], open = true) => {
    counters += 1;
    const { createCounter } = ok(
      await call<{ createCounter: { id: string } }>(
        CREATE_COUNTER,
        { input: { officeId: office.officeId, name: `Loket ${counters}`, stages } },
        office.supervisor,
      ),
    );
    const officer = testIdentities.officer(office.officeId, stages);
    if (open) ok(await call(OPEN, { id: createCounter.id }, officer));
    return { id: createCounter.id, name: `Loket ${counters}`, officer };
  };
  type Desk = Awaited<ReturnType<typeof openCounter>>;
  const callNext = async (desk: Desk) =>
    ok(await call<{ callNext: TicketView }>(CALL_NEXT, { id: desk.id }, desk.officer)).callNext;
  const act = async (name: string, ticketId: string, desk: Desk) =>
    ok(await call(move(name), { id: ticketId }, desk.officer));
  const floorOf = async (office: Office, by: Identity) =>
    ok(await call<{ officeFloor: OfficeFloorView }>(FLOOR, { officeId: office.officeId }, by)).officeFloor;

  beforeAll(async () => {
    await sut.bus.subscribeLive('counter.live.>', (subject) => live.push(subject));
    consumer = sut.subgraph.app.get(SchedulingEventsConsumer);
  });

  describe('officeFloor', () => {
    it('shows every counter with its officer and ticket, the queues, the holds and the day’s figures', async () => {
      const office = await openOffice();
      const [first, second, third, fourth] = [
        await checkedIn(office),
        await checkedIn(office),
        await checkedIn(office),
        await checkedIn(office),
      ];
      const desk = await openCounter(office, ['RECEPTION']);
      const closed = await openCounter(office, ['INTERVIEW'], false);
      // first: served at reception (on to interview); second: a no-show; third: on hold; fourth: at the desk.
      expect((await callNext(desk)).id).toBe(first.id);
      await act('startService', first.id, desk);
      await act('completeStage', first.id, desk);
      expect((await callNext(desk)).id).toBe(second.id);
      await act('markNoShow', second.id, desk);
      expect((await callNext(desk)).id).toBe(third.id);
      await act('startService', third.id, desk);
      ok(await call(HOLD, { id: third.id, reason: 'Kartu Keluarga tertinggal' }, desk.officer));
      expect((await callNext(desk)).id).toBe(fourth.id);

      const floor = await floorOf(office, office.supervisor);
      expect(floor).toMatchObject({
        officeId: office.officeId,
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        servedToday: 1,
        noShowsToday: 1,
        onHold: [{ number: third.number, status: 'ON_HOLD', holdReason: 'Kartu Keluarga tertinggal' }],
      });
      expect(floor.counters).toHaveLength(2);
      expect(floor.counters).toEqual(
        expect.arrayContaining([
          {
            id: desk.id,
            name: desk.name,
            open: true,
            status: 'OPEN',
            officer: { id: desk.officer.sub },
            currentTicket: { number: fourth.number, status: 'CALLED' },
          },
          { id: closed.id, name: closed.name, open: false, status: 'CLOSED', officer: null, currentTicket: null },
        ]),
      );
      expect(floor.queues.find((queue) => queue.stage === 'RECEPTION')).toEqual({ stage: 'RECEPTION', waiting: 0 });
      expect(floor.queues.find((queue) => queue.stage === 'INTERVIEW')).toEqual({ stage: 'INTERVIEW', waiting: 1 });
      // first waits at interview now: the longest wait is its wait there, which has just begun.
      expect(floor.longestWaitSeconds).toBeGreaterThanOrEqual(0);
      expect(floor.longestWaitSeconds).toBeLessThan(60);
    });

    it('has nobody waiting: the longest wait is null', async () => {
      const office = await openOffice();
      expect(await floorOf(office, office.officer)).toMatchObject({
        longestWaitSeconds: null,
        servedToday: 0,
        noShowsToday: 0,
        counters: [],
        onHold: [],
      });
    });

    it('is for the officers of the office (any role) and ADMIN only', async () => {
      const office = await openOffice();
      const other = await openOffice();
      for (const allowed of [office.supervisor, office.officer, testIdentities.admin()]) {
        expect((await floorOf(office, allowed)).officeId).toBe(office.officeId);
      }
      const board: Identity = {
        sub: randomUUID(),
        kind: 'device',
        deviceKind: 'BOARD',
        roles: [],
        officeId: office.officeId,
      };
      for (const refused of [other.supervisor, board, testIdentities.applicant()]) {
        expect(errorCodes(await call(FLOOR, { officeId: office.officeId }, refused))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await call(FLOOR, { officeId: office.officeId }, null))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await call(FLOOR, { officeId: randomUUID() }, testIdentities.admin()))).toEqual(['NOT_FOUND']);
    });

    it('is told once per change on the office’s floor subject, beside the board', async () => {
      const office = await openOffice();
      live.length = 0;
      await checkedIn(office);
      await waitFor(
        async () => (live.includes(`counter.live.floor.${office.officeId}`) ? true : undefined),
        5000,
        'floor',
      );
      expect(live.filter((subject) => subject === `counter.live.floor.${office.officeId}`)).toHaveLength(1);
      expect(live).toContain(`counter.live.board.${office.officeId}`);
    });
  });

  describe('myTickets', () => {
    it('lists her tickets of today, hers and her family member’s, with place and estimate; nobody else’s', async () => {
      const office = await openOffice();
      const mother = testIdentities.applicant();
      const ahead = await checkedIn(office);
      const hers = await checkedIn(office, mother.sub);
      const daughters = await checkedIn(office, mother.sub);
      const yesterdays = await checkedIn(office, mother.sub);
      await sut.sql.query(`UPDATE ticket SET local_date = local_date - 1 WHERE id = $1`, [yesterdays.id]);

      const { myTickets } = ok(await call<{ myTickets: TicketView[] }>(MY_TICKETS, {}, mother));
      expect(myTickets.map((ticket) => ticket.id)).toEqual([hers.id, daughters.id]);
      expect(myTickets[0]).toMatchObject({ status: 'WAITING', position: 2, followCode: hers.followCode });
      expect(myTickets[1]).toMatchObject({ position: 3 });
      expect(myTickets[1].estimatedWaitSeconds).toBeGreaterThan(myTickets[0].estimatedWaitSeconds!);
      expect(myTickets.map((ticket) => ticket.id)).not.toContain(ahead.id);

      const stranger = testIdentities.applicant();
      expect(ok(await call<{ myTickets: TicketView[] }>(MY_TICKETS, {}, stranger)).myTickets).toEqual([]);
      expect(errorCodes(await call(MY_TICKETS, {}, office.officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(MY_TICKETS, {}, null))).toEqual(['UNAUTHENTICATED']);
    });

    it('tells her once when her ticket changes, and once when the queue her tickets wait in moves', async () => {
      const office = await openOffice();
      const mother = testIdentities.applicant();
      const subject = `counter.live.applicant-tickets.${mother.sub}`;
      const ahead = await checkedIn(office);
      live.length = 0;
      await checkedIn(office, mother.sub);
      await waitFor(async () => (live.includes(subject) ? true : undefined), 5000, 'her check-in told');
      await checkedIn(office, mother.sub);
      const desk = await openCounter(office, ['RECEPTION']);
      // Let the check-ins' coalesced fan-outs pass, then move the queue once.
      await new Promise((resolve) => setTimeout(resolve, 500));
      live.length = 0;
      expect((await callNext(desk)).id).toBe(ahead.id);
      await waitFor(async () => (live.includes(subject) ? true : undefined), 5000, 'the queue move told');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Two of her tickets wait behind the called one: one message for her, not one per ticket.
      expect(live.filter((told) => told === subject)).toHaveLength(1);
    });
  });

  describe('followTicket', () => {
    it('shows a walk-in’s paper ticket to anyone holding its code: number, place, where to go; no person', async () => {
      const office = await openOffice();
      const walkIn = ok(
        await call<{ issueWalkInTicket: TicketView }>(WALK_IN, { officeId: office.officeId }, office.officer),
      ).issueWalkInTicket;
      expect(walkIn.followCode).toMatch(/^[0-9a-f]{32}$/);
      const follow = async () =>
        ok(await call<{ followTicket: Record<string, unknown> | null }>(FOLLOW, { code: walkIn.followCode }, null))
          .followTicket;

      expect(await follow()).toEqual({
        number: walkIn.number,
        status: 'WAITING',
        stage: 'RECEPTION',
        position: 1,
        estimatedWaitSeconds: expect.any(Number),
        counterName: null,
        officeId: office.officeId,
      });
      live.length = 0;
      const desk = await openCounter(office, ['RECEPTION']);
      await callNext(desk);
      expect(await follow()).toMatchObject({ status: 'CALLED', position: null, counterName: desk.name });
      await waitFor(
        async () => (live.includes(`counter.live.follow.${walkIn.followCode}`) ? true : undefined),
        5000,
        'the follower told',
      );
      // The type has nothing about a person or a booking to ask for.
      expect(errorCodes(await call(`{ followTicket(code: "${walkIn.followCode}") { booking { id } } }`))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('answers null for a code no ticket carries, and limits such look-ups per client address (RATE_LIMITED)', async () => {
      const office = await openOffice();
      const ticket = await checkedIn(office);
      const guesser: { clientAddress: string | null } = { clientAddress: '203.0.113.7' };
      const lookUp = (code: string, options = guesser) => call(FOLLOW, { code }, null, options);
      // Finding a ticket costs nothing: a phone following its own ticket is never held up.
      for (let i = 0; i < FOLLOW_MISSES + 2; i += 1) ok(await lookUp(ticket.followCode!));
      for (let i = 0; i < FOLLOW_MISSES; i += 1) {
        expect(ok(await lookUp(randomUUID().replace(/-/g, ''))).followTicket).toBeNull();
      }
      const refused = await lookUp(randomUUID().replace(/-/g, ''));
      expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
      expect(refused.errors![0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Another address is not affected; the gateway's live executions carry no address and are not counted.
      expect(ok(await lookUp(ticket.followCode!, { clientAddress: '198.51.100.20' })).followTicket).not.toBeNull();
      expect(ok(await lookUp(ticket.followCode!, { clientAddress: null })).followTicket).not.toBeNull();
    });
  });
});
