import { DEV_SECRETS } from '@antrian/config';
import { applicantInput, errorCodes, GraphQLResponse, sessionSlot, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface MyTicket {
  number: string;
  status: string;
  stage: string;
  position: number | null;
  estimatedWaitSeconds: number | null;
  counter: { name: string } | null;
}
interface Floor {
  servedToday: number;
  queues: { stage: string; waiting: number }[];
  counters: { name: string; officer: { id: string } | null; currentTicket: { number: string } | null }[];
}
interface Followed {
  number: string;
  status: string;
  position: number | null;
  counterName: string | null;
}

/**
 * The watched side of the second round, through the gateway only: an applicant follows her visit
 * by `myTicketsChanged` alone (she never passes an id), a supervisor and an officer watch
 * `officeFloorChanged` (one shared execution) while the officer calls, an officer of another
 * office is refused, a deactivated officer's floor closes, and a walk-in's paper ticket is
 * followed anonymously by its follow code, showing no person.
 */
describe('live views of the floor, through the gateway', () => {
  const e2e = useStack();
  const { gql, ok } = e2e;
  const signIn = async (login: string, password: string) => (await e2e.signIn(login, password)).accessToken;
  const watch = <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const state = { seen: [] as GraphQLResponse<T>[], ended: false, errors: [] as unknown[] };
    e2e.ws(token).subscribe<T>(
      { query, variables },
      {
        next: (payload) => void state.seen.push(payload as GraphQLResponse<T>),
        error: (error) => {
          state.errors.push(error);
          state.ended = true;
        },
        complete: () => (state.ended = true),
      },
    );
    return state;
  };
  /** Refusals arrive as an `error` message (before anything runs) or as a first payload with errors. */
  const refusalCodes = (state: { seen: GraphQLResponse<unknown>[]; errors: unknown[] }) => [
    ...state.errors.flatMap((error) => (Array.isArray(error) ? errorCodes({ errors: error }) : ['CLOSED'])),
    ...state.seen.flatMap((payload) => errorCodes(payload)),
  ];
  const latest = <T>(state: { seen: GraphQLResponse<T>[] }) => state.seen[state.seen.length - 1]?.data;
  const until = <T>(what: string, check: () => T | undefined | false) =>
    waitFor(async () => check() || undefined, 15_000, what);

  it('follows her visit, the floor and a paper ticket live, each seen only by whom it is for', async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const newOffice = async (code: string, name: string) =>
      (
        await ok<{ createOffice: { id: string } }>(
          `mutation ($code: String!, $name: String!) { createOffice(input: { code: $code, name: $name, timeZone: "Asia/Jakarta" }) { id } }`,
          { code, name },
          admin,
        )
      ).createOffice.id;
    const officeId = await newOffice('BLT', 'Kantor Imigrasi Blitar');
    const otherOfficeId = await newOffice('JBR', 'Kantor Imigrasi Jember');
    const officer = async (nip: string, roles: string[], office = officeId) => {
      const { id } = await e2e.createOfficer(
        { nip, fullName: `Petugas ${nip.slice(-3)}`, officeId: office, roles, password: 'officer-password' },
        admin,
      );
      return { id, token: await signIn(nip, 'officer-password') };
    };
    const supervisor = await officer('199001012016011001', ['SUPERVISOR']);
    const reception = await officer('199001012016011002', ['RECEPTION']);
    const interview = await officer('199001012016011003', ['INTERVIEW']);
    const stranger = await officer('199001012016011004', ['SUPERVISOR'], otherOfficeId);
    const loket1 = await waitFor(
      async () =>
        (
          await gql<{ createCounter: { id: string } }>(
            `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
            { input: { officeId, name: 'Loket 1', stages: ['RECEPTION'] } },
            supervisor.token,
          )
        ).data?.createCounter.id,
      15_000,
      'the floor to know the office',
    );
    const kiosk = (
      await ok<{ registerDevice: { credentials: { accessToken: string } } }>(
        `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { accessToken } } }`,
        { input: { officeId, kind: 'KIOSK', name: 'Kiosk at the door' } },
        supervisor.token,
      )
    ).registerDevice.credentials.accessToken;
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 30 * 60_000), 3_600_000);
    const sessionId = (
      await ok<{ addSession: { id: string } }>(
        `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
        { input: { officeId, startsAt, endsAt, capacity: 10 } },
        supervisor.token,
      )
    ).addSession.id;

    // The supervisor and the reception officer watch the floor with the same selection: one group.
    const FLOOR = `subscription ($officeId: ID!) { officeFloorChanged(officeId: $officeId) {
      servedToday queues { stage waiting } counters { name officer { id } currentTicket { number } }
    } }`;
    const supervisorsFloor = watch<{ officeFloorChanged: Floor }>(FLOOR, { officeId }, supervisor.token);
    const receptionsFloor = watch<{ officeFloorChanged: Floor }>(FLOOR, { officeId }, reception.token);
    const interviewsFloor = watch<{ officeFloorChanged: Floor }>(FLOOR, { officeId }, interview.token);
    const strangersFloor = watch<{ officeFloorChanged: Floor }>(FLOOR, { officeId }, stranger.token);
    const anonymousFloor = watch<{ officeFloorChanged: Floor }>(FLOOR, { officeId });
    await until('the floors', () => latest(supervisorsFloor) && latest(receptionsFloor) && latest(interviewsFloor));
    await until('the refusals', () => strangersFloor.ended && anonymousFloor.ended);
    expect(refusalCodes(strangersFloor)).toEqual(['FORBIDDEN']);
    expect(refusalCodes(anonymousFloor)).toEqual(['UNAUTHENTICATED']);
    expect(strangersFloor.seen).toEqual([]);
    const floorSubject = `counter.live.floor.${officeId}`;
    expect(e2e.stack.liveStats().subjects[floorSubject]).toMatchObject({ groups: 1, subscribers: 3 });

    // A deactivated officer's floor closes at once (her socket is closed).
    await ok(
      `mutation ($id: ID!) { deactivateOfficer(officerId: $id) { id } }`,
      { id: interview.id },
      supervisor.token,
    );
    await until('the deactivated officer’s floor to close', () => interviewsFloor.ended);
    await until('two floor subscribers left', () => e2e.stack.liveStats().subjects[floorSubject]?.subscribers === 2);

    // The applicant registers, opens her phone (nothing yet), and books.
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const applicant = await signIn(String(input.email), String(input.password));
    const phone = watch<{ myTicketsChanged: MyTicket[] }>(
      `subscription { myTicketsChanged { number status stage position estimatedWaitSeconds counter { name } } }`,
      {},
      applicant,
    );
    await until('her first (empty) list', () => latest(phone));
    expect(latest(phone)!.myTicketsChanged).toEqual([]);
    const booking = (
      await ok<{ bookSession: { qrToken: string } }>(
        `mutation ($input: BookSessionInput!) { bookSession(input: $input) { qrToken } }`,
        { input: { sessionId, service: 'NEW_ELECTRONIC', idempotencyKey: 'live-floor' } },
        applicant,
      )
    ).bookSession;

    // The kiosk scans her QR code; her phone shows her ticket without her asking for it.
    const mine = await waitFor(
      async () => {
        const response = await gql<{ checkIn: { number: string } }>(
          `mutation ($input: CheckInInput!) { checkIn(input: $input) { number } }`,
          { input: { officeId, qrToken: booking.qrToken } },
          kiosk,
        );
        return response.data?.checkIn;
      },
      15_000,
      'the check-in',
    );
    const herTicket = () => latest(phone)?.myTicketsChanged[0];
    await until('her ticket on her phone', () => herTicket()?.position === 1);
    expect(herTicket()).toMatchObject({ number: mine.number, status: 'WAITING', stage: 'RECEPTION', counter: null });
    await until('the floor to show her waiting', () =>
      latest(supervisorsFloor)?.officeFloorChanged.queues.some((q) => q.stage === 'RECEPTION' && q.waiting === 1),
    );

    // A walk-in without the app: reception prints her ticket; anyone with its code follows it, anonymously.
    const walkIn = (
      await ok<{ issueWalkInTicket: { number: string; followCode: string } }>(
        `mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { number followCode } }`,
        { officeId },
        reception.token,
      )
    ).issueWalkInTicket;
    const FOLLOW = `subscription ($code: String!) { followTicketChanged(code: $code) { number status position counterName } }`;
    const paper = watch<{ followTicketChanged: Followed }>(FOLLOW, { code: walkIn.followCode });
    await until('the paper ticket', () => latest(paper));
    expect(latest(paper)!.followTicketChanged).toEqual({
      number: walkIn.number,
      status: 'WAITING',
      position: 1,
      counterName: null,
    });
    // No person, no booking: the reduced view has no such field to ask for.
    const nosy = watch(`subscription ($code: String!) { followTicketChanged(code: $code) { number booking { id } } }`, {
      code: walkIn.followCode,
    });
    await until('the nosy follower refused', () => nosy.ended);
    expect(nosy.seen).toEqual([]);
    const unknown = watch(FOLLOW, { code: '0123456789abcdef0123456789abcdef' });
    await until('an unknown code refused', () => unknown.ended);
    expect(refusalCodes(unknown)).toEqual(['NOT_FOUND']);
    // The walk-in came in person (no session to wait for): she is ahead, and the phone says so.
    await until('her place to move back', () => herTicket()?.position === 2);

    // The officer opens Loket 1 and calls: the walk-in first, then her; both screens follow.
    await ok(`mutation ($id: ID!) { openCounter(counterId: $id) { id } }`, { id: loket1 }, reception.token);
    const callNext = async () =>
      (
        await ok<{ callNext: { id: string; number: string } }>(
          `mutation ($id: ID!) { callNext(counterId: $id) { id number } }`,
          { id: loket1 },
          reception.token,
        )
      ).callNext;
    const first = await callNext();
    expect(first.number).toBe(walkIn.number);
    await until('the paper ticket called to Loket 1', () => latest(paper)?.followTicketChanged.status === 'CALLED');
    expect(latest(paper)!.followTicketChanged).toMatchObject({ counterName: 'Loket 1', position: null });
    await until('her place to move up', () => herTicket()?.position === 1);
    await ok(`mutation ($id: ID!) { startService(ticketId: $id) { status } }`, { id: first.id }, reception.token);
    await ok(`mutation ($id: ID!) { completeStage(ticketId: $id) { status } }`, { id: first.id }, reception.token);
    const second = await callNext();
    expect(second.number).toBe(mine.number);
    await until('her phone to call her', () => herTicket()?.status === 'CALLED');
    expect(herTicket()).toMatchObject({ number: mine.number, counter: { name: 'Loket 1' }, position: null });
    for (const floor of [supervisorsFloor, receptionsFloor]) {
      await until('the floor to show her at Loket 1', () => {
        const counter = latest(floor)?.officeFloorChanged.counters.find((c) => c.name === 'Loket 1');
        return counter?.currentTicket?.number === mine.number && latest(floor)!.officeFloorChanged.servedToday === 1;
      });
      expect(latest(floor)!.officeFloorChanged.counters[0].officer).toEqual({ id: reception.id });
    }
    // Every floor message cost one execution for both watchers.
    const stats = e2e.stack.liveStats().subjects[floorSubject];
    expect(stats).toMatchObject({ groups: 1, subscribers: 2 });
    expect(stats.executions).toBeLessThanOrEqual(stats.messages);
  }, 150_000);
});
