import { DEV_SECRETS } from '@antrian/config';
import { applicantInput, errorCodes, GraphQLResponse, sessionSlot, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface Board {
  queues: { stage: string; waiting: number }[];
  nowServing: { counter: { name: string }; ticket: { number: string } }[];
}
interface TicketView {
  number: string;
  status: string;
  stage: string;
  position: number | null;
  counter: { name: string } | null;
}

/**
 * One applicant's whole day through the gateway only: she registers and books, a board watches
 * the office over graphql-ws, a kiosk checks her in, counters call her through every stage, and
 * her booking ends COMPLETED in scheduling, moved there by the counter's events.
 */
describe('a day at the office, through the gateway', () => {
  const e2e = useStack();
  const { gql, ok } = e2e;
  const signIn = async (login: string, password: string) => (await e2e.signIn(login, password)).accessToken;
  const watch = <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const seen: GraphQLResponse<T>[] = [];
    const state = { seen, ended: false };
    e2e.ws(token).subscribe<T>(
      { query, variables },
      {
        next: (payload) => void seen.push(payload as GraphQLResponse<T>),
        error: () => (state.ended = true),
        complete: () => (state.ended = true),
      },
    );
    return state;
  };
  const latest = <T>(state: { seen: GraphQLResponse<T>[] }) => state.seen[state.seen.length - 1]?.data;

  it('takes an applicant from booking to COMPLETED, live on the board and on her phone', async () => {
    // The administrator opens an office and gives it a supervisor, who sets up the floor.
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const officeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "KDR", name: "Kantor Imigrasi Kediri", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    const otherOfficeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "MLG", name: "Kantor Imigrasi Malang", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    const officer = async (nip: string, roles: string[], office = officeId) => {
      await e2e.createOfficer(
        { nip, fullName: `Petugas ${nip.slice(-3)}`, officeId: office, roles, password: 'officer-password' },
        admin,
      );
      return signIn(nip, 'officer-password');
    };
    const supervisor = await officer('198801012015011001', ['SUPERVISOR']);
    const reception = await officer('198801012015011002', ['RECEPTION']);
    const interview = await officer('198801012015011003', ['INTERVIEW']);
    const judge = await officer('198801012015011004', ['ADJUDICATION']);
    const stranger = await officer('198801012015011005', ['RECEPTION'], otherOfficeId);
    // The floor hears of the new office from scheduling's event; until then a counter is NOT_FOUND.
    const counter = async (name: string, stage: string, token: string) => {
      const id = await waitFor(
        async () =>
          (
            await gql<{ createCounter: { id: string } }>(
              `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
              { input: { officeId, name, stages: [stage] } },
              supervisor,
            )
          ).data?.createCounter.id,
        10_000,
        `counter ${name}`,
      );
      return { id, token };
    };
    const loket1 = await counter('Loket 1', 'RECEPTION', reception);
    const loket2 = await counter('Loket 2', 'INTERVIEW', interview);
    const loket3 = await counter('Loket 3', 'ADJUDICATION', judge);
    const kiosk = (
      await ok<{ registerDevice: { credentials: { accessToken: string } } }>(
        `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { accessToken } } }`,
        { input: { officeId, kind: 'KIOSK', name: 'Kiosk at the door' } },
        supervisor,
      )
    ).registerDevice.credentials.accessToken;

    // A same-day extra session starting in 30 minutes: inside the arrival window.
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 30 * 60_000), 3_600_000);
    const sessionId = (
      await ok<{ addSession: { id: string } }>(
        `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
        { input: { officeId, startsAt, endsAt, capacity: 10 } },
        supervisor,
      )
    ).addSession.id;

    // The applicant registers and books.
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const applicant = await signIn(String(input.email), String(input.password));
    const booking = (
      await ok<{ bookSession: { id: string; code: string; qrToken: string } }>(
        `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code qrToken } }`,
        { input: { sessionId, service: 'NEW_ELECTRONIC', idempotencyKey: 'day-at-the-office' } },
        applicant,
      )
    ).bookSession;

    // A public board watches the office.
    const board = watch<{ queueBoardChanged: Board }>(
      `subscription ($officeId: ID!) { queueBoardChanged(officeId: $officeId) { queues { stage waiting } nowServing { counter { name } ticket { number } } } }`,
      { officeId },
    );
    await waitFor(() => latest(board), 10_000, 'the board');

    // Check-in: never by the applicant herself, never a typed code at a kiosk; a tampered QR code
    // and an unknown code are refused.
    const checkIn = (variables: Record<string, unknown>, token: string) =>
      gql<{ checkIn: { id: string; number: string } }>(
        `mutation ($input: CheckInInput!) { checkIn(input: $input) { id number status stage } }`,
        { input: { officeId, ...variables } },
        token,
      );
    expect(errorCodes(await checkIn({ bookingCode: booking.code }, applicant))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await checkIn({ qrToken: `${booking.qrToken.slice(0, -4)}AAAA` }, kiosk))).toEqual([
      'INVALID_QR',
    ]);
    expect(errorCodes(await checkIn({ bookingCode: booking.code }, kiosk))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await checkIn({ bookingCode: 'ZZZZZZZZ' }, reception))).toEqual(['NOT_FOUND']);
    // The counter service learns of the booking from scheduling's event; the kiosk retries until then.
    const ticket = await waitFor(
      async () => {
        const response = await checkIn({ qrToken: booking.qrToken }, kiosk);
        return response.errors ? undefined : response.data!.checkIn;
      },
      10_000,
      'the check-in',
    );
    expect(ticket.number).toMatch(/^A-\d{3}$/);
    expect(errorCodes(await checkIn({ bookingCode: booking.code }, reception))).toEqual(['ALREADY_CHECKED_IN']);

    // Her phone watches her ticket; another applicant may not.
    const TICKET = `subscription ($id: ID!) { ticketChanged(ticketId: $id) { number status stage position counter { name } } }`;
    const phone = watch<{ ticketChanged: TicketView }>(TICKET, { id: ticket.id }, applicant);
    const other = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, {
      input: other,
    });
    const nosy = watch<{ ticketChanged: TicketView }>(
      TICKET,
      { id: ticket.id },
      await signIn(String(other.email), String(other.password)),
    );
    await waitFor(() => latest(phone), 10_000, 'the first ticket payload');
    expect(latest(phone)!.ticketChanged).toMatchObject({ status: 'WAITING', stage: 'RECEPTION', position: 1 });
    await waitFor(() => (nosy.ended || nosy.seen.some((p) => p.errors) ? true : undefined), 10_000, 'the refusal');
    expect(nosy.seen.every((p) => !p.data?.ticketChanged)).toBe(true);
    await waitFor(
      () =>
        latest(board)!.queueBoardChanged.queues.find((q) => q.stage === 'RECEPTION')?.waiting === 1 ? true : undefined,
      10_000,
      'the board to show her waiting',
    );

    // Calling: not before the counter is opened, never by another office's officer.
    const act = (
      mutation: string,
      variables: Record<string, unknown>,
      token: string,
      selection = '{ number status stage }',
    ) =>
      gql<Record<string, TicketView | null>>(
        `mutation (${Object.keys(variables)
          .map((k) => `$${k}: ID!`)
          .join(', ')}) { ${mutation} ${selection} }`,
        variables,
        token,
      );
    expect(errorCodes(await act('callNext(counterId: $counterId)', { counterId: loket1.id }, reception))).toEqual([
      'COUNTER_NOT_OPEN',
    ]);
    expect(
      errorCodes(await act('openCounter(counterId: $counterId)', { counterId: loket1.id }, stranger, '{ id }')),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await act('completeStage(ticketId: $ticketId)', { ticketId: ticket.id }, reception))).toEqual([
      'INVALID_TRANSITION',
    ]);
    for (const { id, token } of [loket1, loket2, loket3]) {
      expect(
        (await act('openCounter(counterId: $counterId)', { counterId: id }, token, '{ id }')).errors,
      ).toBeUndefined();
    }

    // RECEPTION → INTERVIEW → ADJUDICATION → DONE.
    for (const [{ id, token }, stage] of [
      [loket1, 'RECEPTION'],
      [loket2, 'INTERVIEW'],
      [loket3, 'ADJUDICATION'],
    ] as const) {
      const called = await ok<{ callNext: TicketView }>(
        `mutation ($id: ID!) { callNext(counterId: $id) { number status stage counter { name } } }`,
        { id },
        token,
      );
      expect(called.callNext).toMatchObject({ number: ticket.number, stage });
      if (stage !== 'ADJUDICATION') {
        await waitFor(
          () =>
            latest(phone)!.ticketChanged.status === 'CALLED' && latest(phone)!.ticketChanged.stage === stage
              ? true
              : undefined,
          10_000,
          `her phone to say she is called to ${stage}`,
        );
        await waitFor(
          () =>
            latest(board)!.queueBoardChanged.nowServing.some((s) => s.ticket.number === ticket.number)
              ? true
              : undefined,
          10_000,
          'the board to show her number at a counter',
        );
        await ok(`mutation ($id: ID!) { startService(ticketId: $id) { status } }`, { id: ticket.id }, token);
      }
      await ok(`mutation ($id: ID!) { completeStage(ticketId: $id) { status stage } }`, { id: ticket.id }, token);
    }
    await waitFor(
      () => (latest(phone)!.ticketChanged.status === 'DONE' ? true : undefined),
      10_000,
      'DONE on her phone',
    );

    // Scheduling hears of it through the counter's events: the booking is COMPLETED.
    await waitFor(
      async () => {
        const mine = await ok<{ myBookings: { code: string; status: string }[] }>(
          `{ myBookings { code status } }`,
          {},
          applicant,
        );
        return mine.myBookings.find((b) => b.code === booking.code)?.status === 'COMPLETED' ? true : undefined;
      },
      10_000,
      'the booking to be COMPLETED',
    );
    expect(errorCodes(await act('callNext(counterId: $counterId)', { counterId: loket1.id }, reception))).toEqual([]);
  }, 120_000);
});
