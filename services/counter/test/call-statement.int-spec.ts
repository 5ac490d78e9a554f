import { randomUUID } from 'node:crypto';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { Identity, IDENTITY_HEADER } from '@antrian/auth';
import {
  BookingCreatedV1,
  BookingSnapshotPayload,
  EventDefinition,
  EventEnvelope,
  OfficeCreated,
  TicketCalled,
  TicketCalledPayload,
  TicketNoShow,
  TicketNoShowPayload,
} from '@antrian/contracts';
import { startTracing } from '@antrian/observability';
import {
  captureLogs,
  devIdentityHeader,
  errorCodes,
  GraphQLResponse,
  postGraphQL,
  testIdentities,
  useSubgraphUnderTest,
  waitFor,
} from '@antrian/testing';
import { loadCounterConfig } from '../src/config/counter.config';
import { SchedulingEventsConsumer } from '../src/consumers/scheduling-events.consumer';
import { startCounter } from '../src/counter.app';
import { TicketRepository } from '../src/tickets/tickets/ticket.repository';

const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { id number } }`;
const CREATE_COUNTER = `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`;
const OPEN = `mutation ($id: ID!) { openCounter(counterId: $id) { id } }`;
const PAUSE = `mutation ($id: ID!) { pauseCounter(counterId: $id, reason: "Istirahat") { id } }`;
const NO_SHOW = `mutation ($id: ID!) { markNoShow(ticketId: $id) { id status counter { id } } }`;
const CALL_NEXT = `mutation ($id: ID!) { callNext(counterId: $id) { id number status calledAt counter { id } } }`;

interface Called {
  id: string;
  number: string;
  status: string;
  calledAt: string;
  counter: { id: string };
}

/**
 * callNext is one statement (counter lock and checks, claim, visit, outbox event), and so is
 * markNoShow, the other half of a call cycle: what they store must still be the event its typed
 * contract describes, with the request's trace, and a refused move must store nothing. The race
 * tests of calling are in counter.int-spec.ts.
 */
describe('a call and a no-show, each in one statement (PostgreSQL)', () => {
  const logs = captureLogs('counter-call-statement-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'counter',
    logger: logs.logger,
    observe: ['counter.ticket.*'],
    start: ({ env, bus, logger }) =>
      startCounter({ config: loadCounterConfig({ ...env }), bus, logger, migrate: true }),
  });
  const exporter = new InMemorySpanExporter();
  let tracing: ReturnType<typeof startTracing>;
  let officeId: string;
  let supervisor: Identity;

  const feed = <P>(definition: EventDefinition<P>, payload: P) =>
    sut.subgraph.app.get(SchedulingEventsConsumer).handle({
      id: randomUUID(),
      subject: definition.subject,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      payload,
    } as EventEnvelope<P>);

  /** A booking reaches the floor and is checked in at reception. */
  const checkedIn = async (): Promise<{ bookingId: string; ticketId: string }> => {
    const booking: BookingSnapshotPayload = {
      bookingId: randomUUID(),
      code: `K9${randomUUID().slice(0, 6).toUpperCase()}`,
      applicantId: randomUUID(),
      officeId,
      sessionId: randomUUID(),
      sessionStartsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      sessionEndsAt: new Date(Date.now() + 90 * 60_000).toISOString(),
      service: 'NEW_ORDINARY',
      priority: null,
    };
    await feed(BookingCreatedV1, booking);
    const response = await sut.call<{ checkIn: { id: string } }>(
      CHECK_IN,
      { input: { officeId, bookingCode: booking.code } },
      testIdentities.officer(officeId, ['RECEPTION']),
    );
    expect(response.errors).toBeUndefined();
    return { bookingId: booking.bookingId, ticketId: response.data!.checkIn.id };
  };

  let counters = 0;
  const newCounter = async (open = true) => {
    counters += 1;
    const name = `Loket ${counters}`;
    const created = await sut.call<{ createCounter: { id: string } }>(
      CREATE_COUNTER,
      { input: { officeId, name, stages: ['RECEPTION'] } },
      supervisor,
    );
    expect(created.errors).toBeUndefined();
    const officer = testIdentities.officer(officeId, ['RECEPTION']);
    const id = created.data!.createCounter.id;
    if (open) expect((await sut.call(OPEN, { id }, officer)).errors).toBeUndefined();
    return { id, name, officer };
  };

  const callNext = (counterId: string, identity: Identity) =>
    sut.call<{ callNext: Called | null }>(CALL_NEXT, { id: counterId }, identity);
  /** A call with headers of its own (a trace's `traceparent`, a language). */
  const callWithHeaders = async (counterId: string, identity: Identity, headers: Record<string, string>) =>
    postGraphQL<{ callNext: Called | null }>(
      sut.subgraph.url,
      CALL_NEXT,
      { id: counterId },
      { [IDENTITY_HEADER]: await devIdentityHeader(identity, 'counter'), ...headers },
    );

  const stored = async (subject: string) =>
    (
      await sut.sql.query(
        `SELECT id, subject, version, payload, occurred_at, trace_context FROM outbox_event
          WHERE subject = $1 ORDER BY position`,
        [subject],
      )
    ).rows;
  const storedCalls = () => stored(TicketCalled.subject);
  const floorState = async () =>
    (
      await sut.sql.query(
        `SELECT t.id, t.status, t.counter_id, t.call_count, v.counter_id AS visit_counter, v.called_at AS visit_called
           FROM ticket t JOIN ticket_visit v ON v.ticket_id = t.id
          WHERE t.office_id = $1 ORDER BY t.id, v.queued_at`,
        [officeId],
      )
    ).rows;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'counter-call-statement-test', exporter });
    officeId = randomUUID();
    await feed(OfficeCreated, {
      officeId,
      code: `CALL-${officeId.slice(0, 6)}`,
      name: 'Kantor Imigrasi Kelas I Malang',
      timeZone: 'Asia/Jakarta',
      checkInOpensMinutesBefore: 60,
    });
    supervisor = testIdentities.officer(officeId, ['SUPERVISOR']);
  });

  afterAll(() => tracing?.shutdown());

  it('stores exactly the TicketCalled payload of the contract, and publishes it', async () => {
    const { bookingId, ticketId } = await checkedIn();
    const desk = await newCounter();
    const response = await callNext(desk.id, desk.officer);
    expect(response.errors).toBeUndefined();
    const called = response.data!.callNext!;
    expect(called).toMatchObject({ id: ticketId, status: 'CALLED', counter: { id: desk.id } });

    // Every field of the contract's type, none more: a field added to the contract fails to compile here.
    const expected: Required<TicketCalledPayload> = {
      ticketId,
      bookingId,
      officeId,
      counterId: desk.id,
      stage: 'RECEPTION',
      calledAt: new Date(called.calledAt).toISOString(),
    };
    const rows = (await storedCalls()).filter((row) => row.payload.ticketId === ticketId);
    expect(rows).toHaveLength(1);
    const stored: EventEnvelope<TicketCalledPayload> = {
      id: rows[0].id,
      subject: rows[0].subject,
      version: rows[0].version,
      occurredAt: (rows[0].occurred_at as Date).toISOString(),
      payload: rows[0].payload,
    };
    expect(stored.subject).toBe(TicketCalled.subject);
    expect(stored.version).toBe(TicketCalled.version);
    expect(stored.payload).toStrictEqual(expected);
    expect(Math.abs(Date.parse(stored.occurredAt) - Date.now())).toBeLessThan(60_000);

    // The visit records the call in the same statement.
    const visit = await sut.sql.query(
      'SELECT counter_id, officer_id, called_at, started_at FROM ticket_visit WHERE ticket_id = $1',
      [ticketId],
    );
    expect(visit.rows).toEqual([
      { counter_id: desk.id, officer_id: desk.officer.sub, called_at: new Date(called.calledAt), started_at: null },
    ]);
    const event = await waitFor(
      () => sut.published.find((e) => e.id === stored.id),
      5000,
      'the stored event on the bus',
    );
    expect(event.payload).toStrictEqual(expected);
  });

  it('stores nothing and changes nothing when a call is refused, and says why in the caller’s language', async () => {
    await checkedIn();
    await checkedIn();
    const closed = await newCounter(false);
    const held = await newCounter();
    const paused = await newCounter();
    expect((await sut.call(PAUSE, { id: paused.id }, paused.officer)).errors).toBeUndefined();
    const busy = await newCounter();
    expect((await callNext(busy.id, busy.officer)).data?.callNext).not.toBeNull();
    const elsewhere = testIdentities.officer(randomUUID(), ['RECEPTION']);

    const callsBefore = (await storedCalls()).length;
    const floorBefore = await floorState();
    const refusals: [GraphQLResponse, string, RegExp][] = [
      [await callNext(closed.id, closed.officer), 'COUNTER_NOT_OPEN', new RegExp(`^${closed.name} tidak dibuka`)],
      [await callNext(held.id, testIdentities.officer(officeId)), 'COUNTER_NOT_OPEN', /dipegang oleh petugas lain/],
      [await callNext(paused.id, paused.officer), 'COUNTER_NOT_OPEN', /sedang dijeda/],
      [await callNext(busy.id, busy.officer), 'INVALID_TRANSITION', new RegExp(`masih di ${busy.name}`)],
      [await callNext(randomUUID(), held.officer), 'NOT_FOUND', /^Loket tidak ditemukan/],
      [await callNext(held.id, elsewhere), 'FORBIDDEN', /^Hanya petugas kantor ini/],
      [await callWithHeaders(paused.id, paused.officer, { 'accept-language': 'en' }), 'COUNTER_NOT_OPEN', /is paused/],
      [await callWithHeaders(busy.id, busy.officer, { 'accept-language': 'en' }), 'INVALID_TRANSITION', /is still at/],
    ];
    for (const [response, code, sentence] of refusals) {
      expect(errorCodes(response)).toEqual([code]);
      expect(response.errors![0].message).toMatch(sentence);
    }
    expect((await storedCalls()).length).toBe(callsBefore);
    expect(await floorState()).toEqual(floorBefore);
    // The last waiting ticket, then nobody: null, and nothing more stored.
    const last = await callNext(held.id, held.officer);
    expect(last.data?.callNext?.status).toBe('CALLED');
    const noShow = `mutation ($id: ID!) { markNoShow(ticketId: $id) { id } }`;
    expect((await sut.call(noShow, { id: last.data!.callNext!.id }, held.officer)).errors).toBeUndefined();
    expect(await callNext(held.id, held.officer)).toEqual({ data: { callNext: null } });
    expect((await storedCalls()).length).toBe(callsBefore + 1);
  });

  it('fails, rather than answer "nobody waits", when the statement refuses a call its checks allow', async () => {
    await checkedIn();
    const desk = await newCounter();
    const tickets = sut.subgraph.app.get(TicketRepository);
    const claimNext = tickets.claimNext.bind(tickets);
    // Drift between the statement and the service's checks: the statement sees another officer.
    const spy = jest
      .spyOn(tickets, 'claimNext')
      .mockImplementationOnce((claim, event) => claimNext({ ...claim, officerId: randomUUID() }, event));
    try {
      const callsBefore = (await storedCalls()).length;
      const response = await callNext(desk.id, desk.officer);
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect((await storedCalls()).length).toBe(callsBefore);
    } finally {
      spy.mockRestore();
    }
    expect((await callNext(desk.id, desk.officer)).data?.callNext?.status).toBe('CALLED');
  });

  it('stores the request’s trace context with the event when a span is active', async () => {
    const { ticketId } = await checkedIn();
    const desk = await newCounter();
    const traceId = randomUUID().replace(/-/g, '');
    const response = await callWithHeaders(desk.id, desk.officer, {
      traceparent: `00-${traceId}-${'ab'.repeat(8)}-01`,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.callNext!.id).toBe(ticketId);
    const [row] = (await storedCalls()).filter((stored) => stored.payload.ticketId === ticketId);
    expect(row.trace_context.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });

  it('marks a no-show: stores exactly the TicketNoShow payload of the contract; a refusal stores nothing', async () => {
    const { bookingId, ticketId } = await checkedIn();
    const desk = await newCounter();
    expect((await callNext(desk.id, desk.officer)).data?.callNext?.id).toBe(ticketId);
    const noShowsBefore = (await stored(TicketNoShow.subject)).length;
    const floorBefore = await floorState();
    const refusals: [GraphQLResponse, string, RegExp][] = [
      [
        await sut.call(NO_SHOW, { id: ticketId }, testIdentities.officer(officeId)),
        'COUNTER_NOT_OPEN',
        /dipegang petugas lain/,
      ],
      [await sut.call(NO_SHOW, { id: ticketId }, testIdentities.officer(randomUUID())), 'FORBIDDEN', /^Hanya petugas/],
      [await sut.call(NO_SHOW, { id: randomUUID() }, desk.officer), 'NOT_FOUND', /./],
    ];
    for (const [response, code, sentence] of refusals) {
      expect(errorCodes(response)).toEqual([code]);
      expect(response.errors![0].message).toMatch(sentence);
    }
    expect((await stored(TicketNoShow.subject)).length).toBe(noShowsBefore);
    expect(await floorState()).toEqual(floorBefore);

    const traceId = randomUUID().replace(/-/g, '');
    const response = await postGraphQL<{ markNoShow: { id: string; status: string; counter: null } }>(
      sut.subgraph.url,
      NO_SHOW,
      { id: ticketId },
      {
        [IDENTITY_HEADER]: await devIdentityHeader(desk.officer, 'counter'),
        traceparent: `00-${traceId}-${'ef'.repeat(8)}-01`,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.markNoShow).toEqual({ id: ticketId, status: 'NO_SHOW', counter: null });
    const rows = (await stored(TicketNoShow.subject)).filter((row) => row.payload.ticketId === ticketId);
    expect(rows).toHaveLength(1);
    const visit = await sut.sql.query(`SELECT outcome, completed_at FROM ticket_visit WHERE ticket_id = $1`, [
      ticketId,
    ]);
    expect(visit.rows).toHaveLength(1);
    expect(visit.rows[0].outcome).toBe('NO_SHOW');
    // Every field of the contract's type, none more.
    const expected: Required<TicketNoShowPayload> = {
      ticketId,
      bookingId,
      officeId,
      markedAt: (visit.rows[0].completed_at as Date).toISOString(),
    };
    expect(rows[0].version).toBe(TicketNoShow.version);
    expect(rows[0].payload).toStrictEqual(expected);
    expect(rows[0].trace_context.traceparent).toMatch(new RegExp(`^00-${traceId}-`));

    // Once more: it is no longer called, and nothing more is stored.
    const again = await sut.call(NO_SHOW, { id: ticketId }, desk.officer);
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
    expect((await stored(TicketNoShow.subject)).length).toBe(noShowsBefore + 1);
    // The counter is free again.
    expect((await callNext(desk.id, desk.officer)).errors).toBeUndefined();
  });
});
