import { randomUUID } from 'node:crypto';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { IDENTITY_HEADER } from '@antrian/auth';
import { BookingCreated, BookingSnapshotPayload, BookingVersioned, EventEnvelope } from '@antrian/contracts';
import { startTracing } from '@antrian/observability';
import {
  captureLogs,
  devIdentityHeader,
  errorCodes,
  postGraphQL,
  sessionSlot,
  testIdentities,
  useSubgraphUnderTest,
  waitFor,
} from '@antrian/testing';
import { loadSchedulingConfig } from '../src/config/scheduling.config';
import { startScheduling } from '../src/scheduling.app';

const CREATE_OFFICE = `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;
const ADD_SESSION = `mutation ($input: AddSessionInput!) { addSession(input: $input) { id startsAt endsAt } }`;
const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code } }`;

/**
 * A booking is one statement (seat, booking row, outbox event): what it stores must still be the
 * event its typed contract describes, and a refusal must store nothing.
 */
describe('a booking in one statement (PostgreSQL)', () => {
  const logs = captureLogs('scheduling-booking-statement-test', 'warn');
  const sut = useSubgraphUnderTest({
    database: 'scheduling',
    logger: logs.logger,
    observe: ['scheduling.booking.*'],
    start: ({ env, bus, logger }) =>
      startScheduling({ config: loadSchedulingConfig({ ...env }), bus, logger, migrate: true }),
  });
  const admin = testIdentities.admin();
  const exporter = new InMemorySpanExporter();
  let tracing: ReturnType<typeof startTracing>;
  let officeId: string;

  const addSession = async (capacity: number, minute: number) => {
    const supervisor = testIdentities.officer(officeId, ['SUPERVISOR']);
    const slot = sessionSlot('Asia/Jakarta', new Date(Date.now() + 72 * 3600_000), 3600_000, minute);
    const added = await sut.call<{ addSession: { id: string; startsAt: string; endsAt: string } }>(
      ADD_SESSION,
      { input: { officeId, capacity, ...slot } },
      supervisor,
    );
    expect(added.errors).toBeUndefined();
    return added.data!.addSession;
  };

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'scheduling-booking-statement-test', exporter });
    const office = await sut.call<{ createOffice: { id: string } }>(
      CREATE_OFFICE,
      { input: { code: 'STMT', name: 'Kantor Imigrasi Statement', timeZone: 'Asia/Jakarta' } },
      admin,
    );
    expect(office.errors).toBeUndefined();
    officeId = office.data!.createOffice.id;
  });

  afterAll(() => tracing?.shutdown());

  it('stores exactly the BookingCreated payload of the contract, and publishes it', async () => {
    const session = await addSession(3, 1);
    const applicant = testIdentities.applicant();
    const response = await sut.call<{ bookSession: { id: string; code: string } }>(
      BOOK,
      { input: { sessionId: session.id, service: 'NEW_ORDINARY', priority: null, idempotencyKey: randomUUID() } },
      applicant,
    );
    expect(response.errors).toBeUndefined();
    const booking = response.data!.bookSession;

    // Every field of the contract's type, none more: a field added to the contract fails to compile here.
    const expected: Required<BookingSnapshotPayload & BookingVersioned> = {
      bookingId: booking.id,
      code: booking.code,
      applicantId: applicant.sub,
      officeId,
      sessionId: session.id,
      sessionStartsAt: new Date(session.startsAt).toISOString(),
      sessionEndsAt: new Date(session.endsAt).toISOString(),
      service: 'NEW_ORDINARY',
      priority: null,
      familyMemberId: null,
      bookingVersion: 1,
    };
    const { rows } = await sut.sql.query(
      `SELECT id, subject, version, payload, occurred_at FROM outbox_event
        WHERE subject = $1 AND payload->>'bookingId' = $2`,
      [BookingCreated.subject, booking.id],
    );
    expect(rows).toHaveLength(1);
    const stored: EventEnvelope<BookingSnapshotPayload & BookingVersioned> = {
      id: rows[0].id,
      subject: rows[0].subject,
      version: rows[0].version,
      occurredAt: (rows[0].occurred_at as Date).toISOString(),
      payload: rows[0].payload,
    };
    expect(stored.subject).toBe(BookingCreated.subject);
    expect(stored.version).toBe(BookingCreated.version);
    expect(stored.payload).toStrictEqual(expected);
    expect(Math.abs(Date.parse(stored.occurredAt) - Date.now())).toBeLessThan(60_000);

    const seat = await sut.sql.query('SELECT booked FROM session WHERE id = $1', [session.id]);
    expect(seat.rows[0].booked).toBe(1);
    const event = await waitFor(
      () => sut.published.find((e) => e.id === stored.id),
      5000,
      'the stored event on the bus',
    );
    expect(event.payload).toStrictEqual(expected);
  });

  it('stores no booking, no event and takes no seat when the session is full or the applicant holds one', async () => {
    const session = await addSession(1, 2);
    const first = testIdentities.applicant();
    const ok = await sut.call(
      BOOK,
      { input: { sessionId: session.id, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
      first,
    );
    expect(ok.errors).toBeUndefined();
    const countEvents = async () =>
      Number(
        (await sut.sql.query(`SELECT count(*) AS n FROM outbox_event WHERE subject = $1`, [BookingCreated.subject]))
          .rows[0].n,
      );
    const before = await countEvents();

    const late = testIdentities.applicant();
    const full = await sut.call(
      BOOK,
      { input: { sessionId: session.id, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
      late,
    );
    expect(errorCodes(full)).toEqual(['SESSION_FULL']);
    // Her second booking elsewhere breaks the one-active rule inside the statement: the seat goes back with it.
    const other = await addSession(5, 3);
    const twice = await sut.call(
      BOOK,
      { input: { sessionId: other.id, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
      first,
    );
    expect(errorCodes(twice)).toEqual(['ACTIVE_BOOKING_EXISTS']);

    expect(await countEvents()).toBe(before);
    const seats = await sut.sql.query('SELECT id, booked FROM session WHERE id = ANY($1) ORDER BY booked', [
      [session.id, other.id],
    ]);
    expect(seats.rows.map((r: { booked: number }) => r.booked)).toEqual([0, 1]);
    const bookings = await sut.sql.query('SELECT count(*) AS n FROM booking WHERE applicant_id = $1', [late.sub]);
    expect(Number(bookings.rows[0].n)).toBe(0);
  });

  it('stores the request’s trace context with its event when a span is active', async () => {
    const session = await addSession(2, 4);
    const traceId = randomUUID().replace(/-/g, '');
    const response = await postGraphQL<{ bookSession: { id: string } }>(
      sut.subgraph.url,
      BOOK,
      { input: { sessionId: session.id, service: 'NEW_ORDINARY', idempotencyKey: randomUUID() } },
      {
        [IDENTITY_HEADER]: await devIdentityHeader(testIdentities.applicant(), 'scheduling'),
        traceparent: `00-${traceId}-${'cd'.repeat(8)}-01`,
      },
    );
    expect(response.errors).toBeUndefined();
    const { rows } = await sut.sql.query(
      `SELECT trace_context FROM outbox_event WHERE subject = $1 AND payload->>'bookingId' = $2`,
      [BookingCreated.subject, response.data!.bookSession.id],
    );
    expect(rows[0].trace_context.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });
});
