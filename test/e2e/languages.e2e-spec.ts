import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEV_SECRETS } from '@antrian/config';
import { GraphQLResponse, postGraphQL, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface BoardCalls {
  nowServing: { ticket: { number: string }; counter: { name: string }; announcement: string; inIndonesian: string }[];
}

/**
 * Bahasa Indonesia first (DOMAIN.md, "Language"): every refusal and announcement is in Bahasa
 * Indonesia unless the request asks for English, by `Accept-Language` over HTTP or by the
 * graphql-ws `connection_init` payload's `language`; `extensions.code` is the same in both.
 */
describe('Bahasa Indonesia first, English on request, through the gateway', () => {
  const e2e = useStack();
  const sockets: Client[] = [];
  afterAll(() => Promise.all(sockets.map((socket) => socket.dispose())));

  const gqlIn = <T = Record<string, unknown>>(
    acceptLanguage: string | undefined,
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(e2e.stack.gatewayUrl, query, variables, {
      ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    });
  const refusal = (response: GraphQLResponse<unknown>) => {
    expect(response.errors).toHaveLength(1);
    const [{ message, extensions }] = response.errors!;
    return { message, extensions };
  };
  /** The same request in Bahasa Indonesia (no header, and `id`) and in English (`en`, and a browser's list). */
  const inBothLanguages = async (send: (acceptLanguage: string | undefined) => Promise<GraphQLResponse<unknown>>) => {
    const [byDefault, indonesian, english, browser] = await Promise.all(
      [undefined, 'id-ID,id;q=0.9', 'en', 'en-GB,en;q=0.9,id;q=0.5'].map(async (language) =>
        refusal(await send(language)),
      ),
    );
    expect(indonesian).toEqual(byDefault);
    expect(browser).toEqual(english);
    expect(english.extensions).toEqual(byDefault.extensions);
    const said = { indonesian: byDefault.message, english: english.message, code: byDefault.extensions?.code };
    return { ...said, extensions: byDefault.extensions };
  };

  it('tells the same refusal in Bahasa Indonesia by default and in English with Accept-Language: en, with the same code', async () => {
    const admin = (await e2e.signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD)).accessToken;
    const CREATE_OFFICE = `mutation { createOffice(input: { code: "BLT", name: "Kantor Imigrasi Blitar", timeZone: "Asia/Jakarta" }) { id } }`;
    await e2e.ok(CREATE_OFFICE, {}, admin);

    // A rule of a subgraph (scheduling): the office code is taken.
    expect(await inBothLanguages((language) => gqlIn(language, CREATE_OFFICE, {}, admin))).toMatchObject({
      indonesian: 'Sudah ada kantor dengan kode BLT.',
      english: 'An office with code BLT already exists.',
      code: 'ALREADY_REGISTERED',
    });
    // An access rule every subgraph shares: nobody signed in.
    expect(await inBothLanguages((language) => gqlIn(language, CREATE_OFFICE))).toMatchObject({
      indonesian: 'Silakan masuk terlebih dahulu.',
      english: 'Please sign in first.',
      code: 'UNAUTHENTICATED',
    });
    // The subgraphs' input guard: the field is named, the technical detail is the same in both.
    const badId = await inBothLanguages((language) =>
      gqlIn(language, `query { queueBoard(officeId: "nope") { officeId } }`),
    );
    expect(badId.indonesian).toMatch(/^Isian tidak sah: queueBoard\.officeId\./);
    expect(badId.english).toMatch(/^Invalid input: queueBoard\.officeId\./);
    expect(badId.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: ['queueBoard.officeId: is not a valid id'],
    });

    // The gateway's own refusals: a token that does not verify, a body that is not JSON.
    expect(await inBothLanguages((language) => gqlIn(language, '{ offices { id } }', {}, 'not-a-token'))).toMatchObject(
      {
        indonesian: 'Token akses tidak sah atau sudah kedaluwarsa. Silakan masuk kembali.',
        english: 'The access token is invalid or has expired. Please sign in again.',
        code: 'UNAUTHENTICATED',
      },
    );
    const badJson = await inBothLanguages(async (language) => {
      const response = await fetch(e2e.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
        body: '{"query": "{ offices { id } }"',
      });
      expect(response.status).toBe(400);
      return (await response.json()) as GraphQLResponse<unknown>;
    });
    expect(badJson).toMatchObject({
      indonesian: 'Permintaan tidak dapat diproses. Kirim JSON yang sah.',
      english: 'The request could not be processed. Please send valid JSON.',
      code: 'BAD_REQUEST',
    });
  });

  it('announces a call on one board in each subscriber’s language: ENGLISH from connection_init, Bahasa Indonesia by default', async () => {
    const admin = (await e2e.signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD)).accessToken;
    const officeId = (
      await e2e.ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "KDR", name: "Kantor Imigrasi Kediri", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    await e2e.createOfficer(
      {
        nip: '198801012015011021',
        fullName: 'Petugas Loket',
        officeId,
        roles: ['RECEPTION', 'SUPERVISOR'],
        password: 'officer-password',
      },
      admin,
    );
    const officer = (await e2e.signIn('198801012015011021', 'officer-password')).accessToken;
    // The floor hears of the new office from scheduling's event; until then a counter is NOT_FOUND.
    const counterId = await waitFor(
      async () =>
        (
          await e2e.gql<{ createCounter: { id: string } }>(
            `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
            { input: { officeId, name: 'Loket 2', stages: ['RECEPTION'] } },
            officer,
          )
        ).data?.createCounter.id,
      10_000,
      'the counter',
    );
    await e2e.ok(`mutation ($id: ID!) { openCounter(counterId: $id) { id } }`, { id: counterId }, officer);

    // Three boards of one office: one asks for English, one says "EN", one names no language.
    const BOARD = `subscription ($officeId: ID!) { queueBoardChanged(officeId: $officeId) {
      nowServing { ticket { number } counter { name } announcement inIndonesian: announcement(language: INDONESIAN) } } }`;
    const watch = (connectionParams: Record<string, unknown> | undefined) => {
      const socket = createClient({
        url: e2e.stack.gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
      });
      sockets.push(socket);
      const seen: GraphQLResponse<{ queueBoardChanged: BoardCalls }>[] = [];
      socket.subscribe(
        { query: BOARD, variables: { officeId } },
        { next: (payload) => void seen.push(payload as (typeof seen)[number]), error: () => {}, complete: () => {} },
      );
      return seen;
    };
    const english = watch({ language: 'ENGLISH' });
    const englishShort = watch({ language: 'EN' });
    const indonesian = watch(undefined);
    const indonesianNamed = watch({ language: 'INDONESIAN' });
    for (const board of [english, englishShort, indonesian, indonesianNamed]) {
      await waitFor(() => board[0], 10_000, 'the first board');
    }

    const ticket = (
      await e2e.ok<{ issueWalkInTicket: { number: string } }>(
        `mutation ($officeId: ID!) { issueWalkInTicket(officeId: $officeId) { number } }`,
        { officeId },
        officer,
      )
    ).issueWalkInTicket;
    await e2e.ok(`mutation ($id: ID!) { callNext(counterId: $id) { number } }`, { id: counterId }, officer);

    const called = (board: typeof english) =>
      waitFor(
        () => board.map((payload) => payload.data?.queueBoardChanged.nowServing[0]).find(Boolean),
        10_000,
        'the call on the board',
      );
    const inEnglish = {
      ticket: { number: ticket.number },
      counter: { name: 'Loket 2' },
      announcement: `Ticket ${ticket.number}, please go to Loket 2.`,
      inIndonesian: `Nomor antrian ${ticket.number}, silakan menuju Loket 2.`,
    };
    const inIndonesian = { ...inEnglish, announcement: `Nomor antrian ${ticket.number}, silakan menuju Loket 2.` };
    expect(await called(english)).toEqual(inEnglish);
    expect(await called(englishShort)).toEqual(inEnglish);
    expect(await called(indonesian)).toEqual(inIndonesian);
    expect(await called(indonesianNamed)).toEqual(inIndonesian);

    // The same board over HTTP follows Accept-Language; the argument overrides it.
    const QUERY = `query ($officeId: ID!) { queueBoard(officeId: $officeId) { nowServing { announcement english: announcement(language: ENGLISH) } } }`;
    const [overHttpDefault, overHttpEnglish] = await Promise.all(
      [undefined, 'en-US'].map((language) =>
        gqlIn<{ queueBoard: { nowServing: { announcement: string; english: string }[] } }>(language, QUERY, {
          officeId,
        }),
      ),
    );
    expect(overHttpDefault.data!.queueBoard.nowServing[0]).toEqual({
      announcement: inIndonesian.announcement,
      english: inEnglish.announcement,
    });
    expect(overHttpEnglish.data!.queueBoard.nowServing[0]).toEqual({
      announcement: inEnglish.announcement,
      english: inEnglish.announcement,
    });
  });
});
