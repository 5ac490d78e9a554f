import { decodeJwt } from 'jose';
import { QrTokenSigner } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { EventEnvelope } from '@antrian/contracts';
import { applicantInput, errorCodes, GraphQLResponse, sessionSlot, untilKnown, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface Booked {
  id: string;
  code: string;
  qrToken: string;
}
interface Person {
  id: string;
  token: string;
  input: Record<string, unknown>;
}

const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code qrToken } }`;
const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { id number priority } }`;
const TICKET_MOVES = ['recall', 'startService', 'completeStage', 'markNoShow', 'rejoinQueue', 'resumeTicket'];
const BOARD = `query ($officeId: ID!) { queueBoard(officeId: $officeId) {
  nowServing { counter { name officer { nip fullName lastSignInAt } } ticket { number } }
} }`;
/** A girl born in January 2025 (a woman's birth day has 40 added): under 5 until 2030. */
const DAUGHTER_NIK = '3505015501250003';

/**
 * What held when the system was attacked through the gateway (issue 7, "What held"), kept held:
 * nobody reaches another applicant's or office's bookings, tickets, counters or family members;
 * kiosks and boards do no officer's work; tampered, foreign, cancelled and expired QR codes are
 * refused; public screens name nobody; and no event carries a NIK, a name, an e-mail or a phone.
 */
describe('hostile clients through the gateway', () => {
  const e2e = useStack();
  const { gql, ok } = e2e;
  const signIn = async (login: string, password: string) => (await e2e.signIn(login, password)).accessToken;
  const officeA = { id: '', supervisor: '', reception: '', kiosk: '', board: '', counterId: '', sessionId: '' };
  const officeB = { id: '', reception: '', kiosk: '' };
  let p: Person;
  let q: Person;
  let daughterId: string;
  let pBooking: Booked;
  let daughterBooking: Booked;
  let qBooking: Booked;
  let pTicketId: string;
  const officerNips: string[] = [];
  const officerNames: string[] = [];

  const register = async (): Promise<Person> => {
    const input = applicantInput();
    const { registerApplicant } = await ok<{ registerApplicant: { id: string } }>(
      `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
      { input },
    );
    return { id: registerApplicant.id, token: await signIn(String(input.email), String(input.password)), input };
  };
  const book = async (token: string, sessionId: string, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ bookSession: Booked }>(
        BOOK,
        { input: { sessionId, service: 'NEW_ORDINARY', idempotencyKey: `idor-${Math.random()}`, ...extra } },
        token,
      )
    ).bookSession;
  const checkIn = (officeId: string, input: Record<string, unknown>, token: string) =>
    gql<{ checkIn: { id: string; number: string; priority: string | null } }>(
      CHECK_IN,
      { input: { officeId, ...input } },
      token,
    );
  /** One refusal: its code, and no data. */
  const refused = (response: GraphQLResponse<unknown>, code: string) => {
    expect(errorCodes(response)).toEqual([code]);
    expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  };

  beforeAll(async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const office = async (code: string) =>
      (
        await ok<{ createOffice: { id: string } }>(
          `mutation ($code: String!) { createOffice(input: { code: $code, name: "Kantor Imigrasi", timeZone: "Asia/Jakarta" }) { id } }`,
          { code },
          admin,
        )
      ).createOffice.id;
    officeA.id = await office('IDORA');
    officeB.id = await office('IDORB');
    let officers = 0;
    const officer = async (officeId: string, roles: string[]) => {
      officers += 1;
      const nip = `19880101201501${String(1000 + officers)}`;
      const fullName = `Petugas Nomor ${officers}`;
      await e2e.createOfficer({ nip, fullName, officeId, roles, password: 'officer-password' }, admin);
      officerNips.push(nip);
      officerNames.push(fullName);
      return signIn(nip, 'officer-password');
    };
    officeA.supervisor = await officer(officeA.id, ['SUPERVISOR']);
    officeA.reception = await officer(officeA.id, ['RECEPTION']);
    const supervisorB = await officer(officeB.id, ['SUPERVISOR']);
    officeB.reception = await officer(officeB.id, ['RECEPTION']);
    const device = async (officeId: string, kind: string, supervisor: string) =>
      (
        await ok<{ registerDevice: { credentials: { accessToken: string } } }>(
          `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { accessToken } } }`,
          { input: { officeId, kind, name: `${kind} at the door` } },
          supervisor,
        )
      ).registerDevice.credentials.accessToken;
    officeA.kiosk = await device(officeA.id, 'KIOSK', officeA.supervisor);
    officeA.board = await device(officeA.id, 'BOARD', officeA.supervisor);
    officeB.kiosk = await device(officeB.id, 'KIOSK', supervisorB);
    const counter = await untilKnown(
      () =>
        gql<{ createCounter: { id: string } }>(
          `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
          { input: { officeId: officeA.id, name: 'Loket 1', stages: ['RECEPTION'] } },
          officeA.supervisor,
        ),
      'the floor to know office A',
    );
    officeA.counterId = counter.data!.createCounter.id;
    // Applicants may cancel up to the session's start here, so that a cancelled QR code can be tried.
    await ok(
      `mutation ($officeId: ID!) { updateOfficeRules(input: { officeId: $officeId, changeCutoffMinutes: 0 }) { id } }`,
      { officeId: officeA.id },
      officeA.supervisor,
    );
    const session = async (officeId: string, supervisor: string, startsInMinutes: number) => {
      const { startsAt, endsAt } = sessionSlot(
        'Asia/Jakarta',
        new Date(Date.now() + startsInMinutes * 60_000),
        3_600_000,
      );
      return (
        await ok<{ addSession: { id: string } }>(
          `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
          { input: { officeId, startsAt, endsAt, capacity: 10 } },
          supervisor,
        )
      ).addSession.id;
    };
    officeA.sessionId = await session(officeA.id, officeA.supervisor, 30);

    p = await register();
    q = await register();
    daughterId = (
      await ok<{ addFamilyMember: { id: string } }>(
        `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
        { input: { nik: DAUGHTER_NIK, fullName: 'Putri Kecil', birthDate: '2025-01-15' } },
        p.token,
      )
    ).addFamilyMember.id;
    pBooking = await book(p.token, officeA.sessionId);
    qBooking = await book(q.token, officeA.sessionId);
    // Scheduling hears of the family member from identity's event a moment after she was added.
    daughterBooking = await waitFor(
      async () => {
        const response = await gql<{ bookSession: Booked }>(
          BOOK,
          {
            input: {
              sessionId: officeA.sessionId,
              service: 'NEW_ORDINARY',
              priority: 'CHILD',
              familyMemberId: daughterId,
              idempotencyKey: 'idor-daughter',
            },
          },
          p.token,
        );
        return response.data?.bookSession;
      },
      10_000,
      'the daughter’s booking',
    );
  }, 120_000);

  it('keeps bookings and family members to their applicant and her office', async () => {
    const unknown = await gql(`query { booking(code: "ZZZZ9999") { id } }`, {}, q.token);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    for (const token of [q.token, officeB.reception, officeA.kiosk, officeA.board]) {
      const byCode = await gql(
        `query ($code: String!) { booking(code: $code) { id } }`,
        { code: pBooking.code },
        token,
      );
      // Exactly as for a code nobody holds: a code never tells that it exists, nor where.
      expect(byCode.errors!.map(({ message, extensions }) => ({ message, extensions }))).toEqual(
        unknown.errors!.map(({ message, extensions }) => ({ message, extensions })),
      );
    }
    refused(
      await gql(`mutation ($id: ID!) { cancelBooking(id: $id) { id } }`, { id: pBooking.id }, q.token),
      'NOT_FOUND',
    );
    refused(
      await gql(
        `mutation ($id: ID!, $sessionId: ID!) { rescheduleBooking(id: $id, sessionId: $sessionId) { id } }`,
        { id: pBooking.id, sessionId: officeA.sessionId },
        q.token,
      ),
      'NOT_FOUND',
    );
    refused(
      await gql(`mutation ($id: ID!) { cancelBooking(id: $id) { id } }`, { id: pBooking.id }, officeA.reception),
      'FORBIDDEN',
    );
    // Another account cannot book for her daughter, nor list her.
    refused(
      await gql(
        BOOK,
        {
          input: {
            sessionId: officeA.sessionId,
            service: 'RENEWAL',
            familyMemberId: daughterId,
            idempotencyKey: 'idor-q-daughter',
          },
        },
        q.token,
      ),
      'NOT_FOUND',
    );
    expect(await ok(`{ me { ... on Applicant { familyMembers { id } } } }`, {}, q.token)).toEqual({
      me: { familyMembers: [] },
    });
    const mine = await ok<{ myBookings: { id: string; status: string }[] }>(
      `{ myBookings { id status } }`,
      {},
      p.token,
    );
    expect(mine.myBookings.map((b) => b.status)).toEqual(['BOOKED', 'BOOKED']);
    // Her own office's reception finds her booking by its code.
    expect(
      (
        await ok<{ booking: { id: string } }>(
          `query ($code: String!) { booking(code: $code) { id } }`,
          { code: pBooking.code },
          officeA.reception,
        )
      ).booking.id,
    ).toBe(pBooking.id);
  });

  it('refuses tampered, foreign-office, cancelled and expired QR codes, and typed codes from a kiosk', async () => {
    refused(
      await checkIn(officeA.id, { qrToken: `${pBooking.qrToken.slice(0, -4)}AAAA` }, officeA.kiosk),
      'INVALID_QR',
    );
    const claims = decodeJwt(pBooking.qrToken);
    const expired = await new QrTokenSigner(DEV_SECRETS.QR_PRIVATE_KEY).sign({
      bookingId: String(claims.sub),
      bookingCode: String(claims.code),
      applicantId: String(claims.apl),
      officeId: String(claims.oid),
      sessionId: String(claims.sid),
      sessionStartsAt: new Date(Number(claims.sst) * 1000),
      service: String(claims.svc),
      priority: null,
      expiresAt: new Date(Date.now() - 60_000),
    });
    refused(await checkIn(officeA.id, { qrToken: expired }, officeA.kiosk), 'INVALID_QR');
    refused(await checkIn(officeB.id, { qrToken: pBooking.qrToken }, officeB.kiosk), 'BAD_USER_INPUT');
    refused(await checkIn(officeA.id, { qrToken: pBooking.qrToken }, officeB.kiosk), 'FORBIDDEN');
    refused(await checkIn(officeA.id, { qrToken: pBooking.qrToken }, officeA.board), 'FORBIDDEN');
    refused(await checkIn(officeA.id, { qrToken: pBooking.qrToken }, p.token), 'FORBIDDEN');
    refused(await checkIn(officeA.id, { bookingCode: pBooking.code }, officeA.kiosk), 'FORBIDDEN');
    refused(
      await gql(
        `mutation ($officeId: ID!, $code: String!) { issuePickupTicket(officeId: $officeId, bookingCode: $code) { id } }`,
        { officeId: officeA.id, code: pBooking.code },
        officeA.kiosk,
      ),
      'FORBIDDEN',
    );
    refused(await checkIn(officeB.id, { bookingCode: pBooking.code }, officeB.reception), 'NOT_FOUND');

    // Q cancels. The floor learns it in order with scheduling's other events: once it knows a
    // booking made after the cancellation, it knows the cancellation.
    await ok(`mutation ($id: ID!) { cancelBooking(id: $id) { status } }`, { id: qBooking.id }, q.token);
    const later = await register();
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 5 * 3_600_000), 3_600_000);
    const laterSession = (
      await ok<{ addSession: { id: string } }>(
        `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
        { input: { officeId: officeA.id, startsAt, endsAt, capacity: 1 } },
        officeA.supervisor,
      )
    ).addSession.id;
    const marker = await book(later.token, laterSession);
    // Probed by the supervisor: each miss counts against her allowance of unknown codes, not reception's.
    await waitFor(
      async () =>
        errorCodes(await checkIn(officeA.id, { bookingCode: marker.code }, officeA.supervisor)).includes(
          'OUTSIDE_ARRIVAL_WINDOW',
        )
          ? true
          : undefined,
      10_000,
      'the floor to know the later booking',
    );
    refused(await checkIn(officeA.id, { qrToken: qBooking.qrToken }, officeA.kiosk), 'INVALID_TRANSITION');

    const ticket = (await checkIn(officeA.id, { qrToken: pBooking.qrToken }, officeA.kiosk)).data!.checkIn;
    expect(ticket.number).toMatch(/^A-\d{3}$/);
    pTicketId = ticket.id;
  });

  it('keeps tickets and counters to their applicant and office, and officer work from kiosks and boards', async () => {
    const ticketId = pTicketId;
    expect(
      (await ok<{ ticket: { id: string } }>(`query ($id: ID!) { ticket(id: $id) { id } }`, { id: ticketId }, p.token))
        .ticket.id,
    ).toBe(ticketId);
    for (const token of [q.token, officeB.reception]) {
      refused(await gql(`query ($id: ID!) { ticket(id: $id) { id number } }`, { id: ticketId }, token), 'FORBIDDEN');
    }
    for (const token of [q.token, officeB.reception, officeA.kiosk, officeA.board]) {
      for (const move of TICKET_MOVES) {
        const response = await gql(`mutation ($id: ID!) { ${move}(ticketId: $id) { id } }`, { id: ticketId }, token);
        expect([move, errorCodes(response)]).toEqual([move, ['FORBIDDEN']]);
      }
      refused(
        await gql(
          `mutation ($id: ID!) { setTicketPriority(ticketId: $id, priority: ELDERLY) { id } }`,
          { id: ticketId },
          token,
        ),
        'FORBIDDEN',
      );
      for (const mutation of ['openCounter', 'callNext', 'closeCounter']) {
        const response = await gql(
          `mutation ($id: ID!) { ${mutation}(counterId: $id) { id } }`,
          { id: officeA.counterId },
          token,
        );
        expect([mutation, errorCodes(response)]).toEqual([mutation, ['FORBIDDEN']]);
      }
      refused(
        await gql(
          `mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { id } }`,
          { officeId: officeA.id },
          token,
        ),
        'FORBIDDEN',
      );
    }
    for (const token of [officeA.kiosk, officeA.board]) {
      refused(
        await gql(
          `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
          { input: { officeId: officeA.id, name: 'Loket Palsu', stages: ['RECEPTION'] } },
          token,
        ),
        'FORBIDDEN',
      );
      refused(
        await gql(
          `query ($officeId: ID!) { dayReport(officeId: $officeId, date: "2026-01-05") { officeId } }`,
          { officeId: officeA.id },
          token,
        ),
        'FORBIDDEN',
      );
      refused(
        await gql(
          BOOK,
          { input: { sessionId: officeA.sessionId, service: 'RENEWAL', idempotencyKey: 'idor-device' } },
          token,
        ),
        'FORBIDDEN',
      );
    }
    for (const token of [q.token, officeB.reception]) {
      refused(
        await gql(`query ($officeId: ID!) { counters(officeId: $officeId) { id } }`, { officeId: officeA.id }, token),
        'FORBIDDEN',
      );
    }
  });

  it('shows no officer on public screens, over HTTP and graphql-ws, only to her office’s officers', async () => {
    await ok(
      `mutation ($id: ID!) { openCounter(counterId: $id) { id } }`,
      { id: officeA.counterId },
      officeA.reception,
    );
    await ok(
      `mutation ($id: ID!) { callNext(counterId: $id) { number } }`,
      { id: officeA.counterId },
      officeA.reception,
    );
    type Board = { queueBoard: { nowServing: { counter: { officer: unknown } }[] } };
    const officersOnBoard = async (token?: string) =>
      (await ok<Board>(BOARD, { officeId: officeA.id }, token)).queueBoard.nowServing.map((c) => c.counter.officer);
    for (const token of [undefined, officeA.board, officeA.kiosk, p.token, officeB.reception]) {
      expect(await officersOnBoard(token)).toEqual([null]);
    }
    expect(await officersOnBoard(officeA.reception)).toEqual([
      { nip: officerNips[1], fullName: officerNames[1], lastSignInAt: expect.any(String) },
    ]);

    const seen: GraphQLResponse<{ queueBoardChanged: Board['queueBoard'] }>[] = [];
    e2e.ws(officeA.board).subscribe(
      {
        query: BOARD.replace('query', 'subscription').replace('queueBoard(', 'queueBoardChanged('),
        variables: { officeId: officeA.id },
      },
      {
        next: (payload) => void seen.push(payload as (typeof seen)[number]),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const live = await waitFor(() => seen[0], 10_000, 'the live board');
    expect(live.errors).toBeUndefined();
    expect(live.data!.queueBoardChanged.nowServing.map((c) => c.counter.officer)).toEqual([null]);
  });

  it('lets reception clear a false priority claim and confirm another, the number kept', async () => {
    const child = (await checkIn(officeA.id, { qrToken: daughterBooking.qrToken }, officeA.kiosk)).data!.checkIn;
    // The kiosk prints the number (its lane says priority) but sees no person's group (point 7);
    // reception sees the claim it checks.
    expect(child).toMatchObject({ number: 'P-001', priority: null });
    const claimed = await ok<{ ticket: { priority: string | null } }>(
      `query ($id: ID!) { ticket(id: $id) { priority } }`,
      { id: child.id },
      officeA.reception,
    );
    expect(claimed.ticket.priority).toBe('CHILD');
    const SET = `mutation ($id: ID!, $priority: PriorityGroup) { setTicketPriority(ticketId: $id, priority: $priority) { number priority position } }`;
    refused(await gql(SET, { id: child.id, priority: null }, officeB.reception), 'FORBIDDEN');
    const cleared = await ok<{ setTicketPriority: { number: string; priority: string | null } }>(
      SET,
      { id: child.id, priority: null },
      officeA.reception,
    );
    expect(cleared.setTicketPriority).toMatchObject({ number: 'P-001', priority: null });
    const confirmed = await ok<{ setTicketPriority: { number: string; priority: string | null; position: number } }>(
      SET,
      { id: child.id, priority: 'DISABLED' },
      officeA.supervisor,
    );
    expect(confirmed.setTicketPriority).toEqual({ number: 'P-001', priority: 'DISABLED', position: 1 });
  });

  it('puts no NIK, name, e-mail, phone or NIP in any event of the journey', async () => {
    const events: EventEnvelope[] = [];
    // A durable consumer registered late still receives the bus's recent history: every event so far.
    const stop = await e2e.stack.bus.consume({
      durable: 'e2e-personal-data-scan',
      subjects: ['identity.*.*', 'scheduling.*.*', 'counter.*.*'],
      handler: async (envelope) => void events.push(envelope),
    });
    await waitFor(
      () => (events.some((e) => e.subject === 'counter.ticket.priority_changed') ? true : undefined),
      10_000,
      'the journey’s events',
    );
    await stop();
    const services = new Set(events.map((e) => e.subject.split('.')[0]));
    expect(services).toEqual(new Set(['identity', 'scheduling', 'counter']));
    const personal = [
      ...[p, q].flatMap(({ input }) => [input.nik, input.fullName, input.email, input.phone].map(String)),
      DAUGHTER_NIK,
      'Putri Kecil',
      ...officerNips,
      ...officerNames,
    ];
    for (const event of events) {
      const payload = JSON.stringify(event.payload);
      for (const value of personal) expect([event.subject, payload.includes(value)]).toEqual([event.subject, false]);
    }
  });
});
