import { DEV_SECRETS } from '@antrian/config';
import { errorCodes, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface Listed {
  id: string;
  number: string;
  status: string;
}

/**
 * An officer at a counter works from what the graph lists, through the gateway only: she lists
 * the waiting tickets, calls one out of order, is refused a recall too soon, pauses her counter
 * (no calls; the board sees it paused but not why), resumes, and calls the next in line.
 */
describe('an officer at a counter, through the gateway', () => {
  const e2e = useStack();
  const { gql, ok } = e2e;
  const signIn = async (login: string, password: string) => (await e2e.signIn(login, password)).accessToken;

  it('lists tickets, calls one out of order, pauses and resumes, and is refused a recall too soon', async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const officeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "SBY", name: "Kantor Imigrasi Surabaya", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    const officer = async (nip: string, roles: string[]) => {
      await e2e.createOfficer(
        { nip, fullName: `Petugas ${nip.slice(-3)}`, officeId, roles, password: 'officer-password' },
        admin,
      );
      return signIn(nip, 'officer-password');
    };
    const supervisor = await officer('199001012016011001', ['SUPERVISOR']);
    const reception = await officer('199001012016011002', ['RECEPTION']);
    // The floor hears of the new office from scheduling's event; until then a counter is NOT_FOUND.
    const counterId = await waitFor(
      async () =>
        (
          await gql<{ createCounter: { id: string } }>(
            `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
            { input: { officeId, name: 'Loket 1', stages: ['RECEPTION'] } },
            supervisor,
          )
        ).data?.createCounter.id,
      10_000,
      'the counter',
    );
    await ok(`mutation ($id: ID!) { openCounter(counterId: $id) { id } }`, { id: counterId }, reception);
    const board = (
      await ok<{ registerDevice: { credentials: { accessToken: string } } }>(
        `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { credentials { accessToken } } }`,
        { input: { officeId, kind: 'BOARD', name: 'Board in the hall' } },
        supervisor,
      )
    ).registerDevice.credentials.accessToken;

    // Three walk-ins wait; the officer sees them in calling order, ids and all, from the list.
    for (let i = 0; i < 3; i += 1) {
      await ok(`mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { id } }`, { officeId }, reception);
    }
    const list = async () =>
      (
        await ok<{ tickets: Listed[] }>(
          `query ($officeId: ID!) { tickets(officeId: $officeId, stage: RECEPTION, statuses: [WAITING]) { id number status } }`,
          { officeId },
          reception,
        )
      ).tickets;
    const waiting = await list();
    expect(waiting.map((t) => t.number)).toEqual(['W-001', 'W-002', 'W-003']);

    // She calls the third out of order (the applicant standing at her desk).
    const chosen = waiting[2];
    const called = await ok<{ callTicket: { id: string; status: string; callCount: number } }>(
      `mutation ($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId) { id status callCount } }`,
      { counterId, ticketId: chosen.id },
      reception,
    );
    expect(called.callTicket).toEqual({ id: chosen.id, status: 'CALLED', callCount: 1 });
    expect((await list()).map((t) => t.number)).toEqual(['W-001', 'W-002']);

    // A recall right away is too soon under the office's rules (60 s by default).
    const recall = await gql(`mutation ($id: ID!) { recall(ticketId: $id) { id } }`, { id: chosen.id }, reception);
    expect(errorCodes(recall)).toEqual(['INVALID_TRANSITION']);
    expect(recall.errors![0].message).toMatch(/^W-003 baru saja dipanggil/);

    // She finds it by its number too, and marks it a no-show.
    const byNumber = await ok<{ ticketByNumber: { id: string } }>(
      `query ($officeId: ID!) { ticketByNumber(officeId: $officeId, number: "w3") { id } }`,
      { officeId },
      reception,
    );
    expect(byNumber.ticketByNumber.id).toBe(chosen.id);
    await ok(`mutation ($id: ID!) { markNoShow(ticketId: $id) { id } }`, { id: chosen.id }, reception);

    // She pauses: no calls, the counter stays hers; the board sees it paused, not why.
    const paused = await ok<{ pauseCounter: { status: string; open: boolean; pauseReason: string } }>(
      `mutation ($id: ID!) { pauseCounter(counterId: $id, reason: "Istirahat sholat") { status open pauseReason } }`,
      { id: counterId },
      reception,
    );
    expect(paused.pauseCounter).toEqual({ status: 'PAUSED', open: true, pauseReason: 'Istirahat sholat' });
    const refused = await gql(`mutation ($id: ID!) { callNext(counterId: $id) { id } }`, { id: counterId }, reception);
    expect(errorCodes(refused)).toEqual(['COUNTER_NOT_OPEN']);
    const seenByBoard = await ok<{ counters: { name: string; status: string; pauseReason: string | null }[] }>(
      `query ($officeId: ID!) { counters(officeId: $officeId) { name status pauseReason officer { id } } }`,
      { officeId },
      board,
    );
    expect(seenByBoard.counters).toEqual([{ name: 'Loket 1', status: 'PAUSED', pauseReason: null, officer: null }]);
    // The public queue board too, though no ticket is at the counter (nowServing is empty).
    const publicBoard = await ok<{ queueBoard: { nowServing: unknown[]; counters: unknown[] } }>(
      `query ($officeId: ID!) { queueBoard(officeId: $officeId) {
        nowServing { ticket { number } } counters { name status pauseReason officer { id } }
      } }`,
      { officeId },
    );
    expect(publicBoard.queueBoard).toEqual({
      nowServing: [],
      counters: [{ name: 'Loket 1', status: 'PAUSED', pauseReason: null, officer: null }],
    });

    // She resumes and calls the next in line.
    await ok(`mutation ($id: ID!) { resumeCounter(counterId: $id) { status } }`, { id: counterId }, reception);
    const next = await ok<{ callNext: { number: string } }>(
      `mutation ($id: ID!) { callNext(counterId: $id) { number } }`,
      { id: counterId },
      reception,
    );
    expect(next.callNext.number).toBe('W-001');
  }, 120_000);
});
