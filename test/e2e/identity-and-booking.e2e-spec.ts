import { randomUUID } from 'node:crypto';
import { DEV_SECRETS } from '@antrian/config';
import { applicantInput, errorCodes, GraphQLResponse, sessionSlot, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

/**
 * The system as a client sees it: one URL, HTTP for queries and mutations, graphql-ws for live
 * updates, every subgraph in its own process behind the gateway.
 */
describe('Antrian through the gateway', () => {
  const { gql, ok, signIn, ws, createOfficer } = useStack();

  it('answers anonymous callers: no viewer, public offices', async () => {
    const response = await gql('{ me { __typename } offices { id } }');
    expect(response).toEqual({ data: { me: null, offices: [] } });
  });

  it('registers, signs in, refreshes and knows the applicant, with personal data kept to her', async () => {
    const input = applicantInput();
    const registered = await gql(
      `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id nik } }`,
      {
        input,
      },
    );
    expect(registered.errors).toBeUndefined();
    expect((registered.data as { registerApplicant: { nik: string } }).registerApplicant.nik).toMatch(
      /^\d{4}\*{10}\d{2}$/,
    );

    const session = await signIn(String(input.email), String(input.password));
    const me = await gql(`{ me { ... on Applicant { nik fullName email } } }`, {}, session.accessToken);
    expect(me.data).toEqual({ me: { nik: input.nik, fullName: input.fullName, email: input.email } });

    const refreshed = await gql<{ refreshSession: { accessToken: string } }>(
      `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`,
      { token: session.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(errorCodes(await gql('{ me { __typename } }', {}, 'not-a-token'))).toEqual(['UNAUTHENTICATED']);
    expect(
      errorCodes(
        await gql(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input }),
      ),
    ).toEqual(['ALREADY_REGISTERED']);
  });

  it('tells a signed-in viewer over graphql-ws when her account signs in again', async () => {
    const input = applicantInput();
    await gql(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const { accessToken } = await signIn(String(input.nik), String(input.password));
    const payloads: GraphQLResponse[] = [];
    ws(accessToken).subscribe(
      { query: 'subscription { viewerChanged { ... on Applicant { fullName lastSignInAt } } }' },
      {
        next: (payload) => void payloads.push(payload as GraphQLResponse),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitFor(() => (payloads.length >= 1 ? true : undefined), 10_000, 'the first payload');
    const first = (payloads[0].data as { viewerChanged: { lastSignInAt: string } }).viewerChanged.lastSignInAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await signIn(String(input.email), String(input.password));
    await waitFor(() => (payloads.length >= 2 ? true : undefined), 10_000, 'the update after signing in again');
    const second = (payloads[1].data as { viewerChanged: { fullName: string; lastSignInAt: string } }).viewerChanged;
    expect(second.fullName).toBe(input.fullName);
    expect(new Date(second.lastSignInAt).getTime()).toBeGreaterThan(new Date(first).getTime());
  });

  it('refuses malformed ids, impossible dates and NUL characters as BAD_USER_INPUT, in every service', async () => {
    const input = applicantInput();
    await gql(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const { accessToken } = await signIn(String(input.email), String(input.password));
    expect(errorCodes(await gql(`{ office(id: "x'--") { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`mutation { cancelBooking(id: "x") { id } }`, {}, accessToken))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(`query ($id: ID!) { ticket(id: $id) { id } }`, { id: 'x' }, accessToken))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(`mutation { cancelBooking(id: "${randomUUID()}") { id } }`, {}, accessToken))).toEqual([
      'NOT_FOUND',
    ]);
    const register = `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`;
    expect(errorCodes(await gql(register, { input: applicantInput({ birthDate: '1990-02-30' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const literal = await gql(
      `mutation { registerApplicant(input: { nik: "3505011708900001", fullName: "Siti", birthDate: "1990-02-30",
        email: "siti-literal@example.id", password: "correct horse battery" }) { id } }`,
    );
    expect(errorCodes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(register, { input: applicantInput({ fullName: 'Siti\u0000Rahayu' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses a graphql-ws connection with a bad token', async () => {
    const closed = new Promise<number>((resolve) => {
      ws('forged.token.value').subscribe(
        { query: 'subscription { viewerChanged { __typename } }' },
        {
          next: () => undefined,
          error: (error) => resolve((error as { code: number }).code),
          complete: () => resolve(0),
        },
      );
    });
    expect(await closed).toBe(4403);
  });

  it('lets an ADMIN open an office, a supervisor add a session, and an applicant book it, across subgraphs', async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const office = await gql<{ createOffice: { id: string } }>(
      `mutation { createOffice(input: { code: "BLT", name: "Kantor Imigrasi Kelas II Blitar", timeZone: "Asia/Jakarta" }) { id } }`,
      {},
      admin.accessToken,
    );
    expect(office.errors).toBeUndefined();
    const officeId = office.data!.createOffice.id;
    const supervisorNip = '198703032012012005';
    await createOfficer(
      {
        nip: supervisorNip,
        fullName: 'Ratna Supervisor',
        officeId,
        roles: ['SUPERVISOR'],
        password: 'supervisor-password',
      },
      admin.accessToken,
    );
    const supervisor = await signIn(supervisorNip, 'supervisor-password');
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 3 * 86_400_000), 3_600_000);
    const session = await gql<{ addSession: { id: string } }>(
      `mutation ($input: AddSessionInput!) { addSession(input: $input) { id remaining } }`,
      { input: { officeId, startsAt, endsAt, capacity: 2 } },
      supervisor.accessToken,
    );
    expect(session.errors).toBeUndefined();

    const input = applicantInput();
    await gql(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const applicant = await signIn(String(input.email), String(input.password));
    const booked = await gql<{
      bookSession: { code: string; applicant: { fullName: string }; office: { name: string } };
    }>(
      `mutation ($input: BookSessionInput!) {
        bookSession(input: $input) { code status qrSvg applicant { fullName nik } office { name timeZone } session { remaining } }
      }`,
      { input: { sessionId: session.data!.addSession.id, service: 'RENEWAL', idempotencyKey: 'e2e-booking-1' } },
      applicant.accessToken,
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookSession).toMatchObject({
      status: 'BOOKED',
      applicant: { fullName: input.fullName, nik: input.nik },
      office: { name: 'Kantor Imigrasi Kelas II Blitar', timeZone: 'Asia/Jakarta' },
      session: { remaining: 1 },
    });
    const mine = await gql(
      `{ me { ... on Applicant { bookings { code } } } myBookings { code } }`,
      {},
      applicant.accessToken,
    );
    expect(mine.data).toEqual({
      me: { bookings: [{ code: booked.data!.bookSession.code }] },
      myBookings: [{ code: booked.data!.bookSession.code }],
    });
    // Officers of the office see her NIK whole once identity has heard of the booking from
    // scheduling's event, a moment after it was made; masked until then.
    const seenByOfficer = await waitFor(
      async () => {
        const response = await gql<{ booking: { applicant: { nik: string } } }>(
          `query ($code: String!) { booking(code: $code) { applicant { nik } } }`,
          { code: booked.data!.bookSession.code },
          supervisor.accessToken,
        );
        expect(response.errors).toBeUndefined();
        return response.data!.booking.applicant.nik === input.nik ? response : undefined;
      },
      10_000,
      'the office’s officers to see the whole NIK',
    );
    expect(seenByOfficer.data!.booking.applicant.nik).toBe(input.nik);
  });
  it('lets an applicant book for her daughter on her own account, one active booking per person', async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    const { createOffice } = await ok<{ createOffice: { id: string } }>(
      `mutation { createOffice(input: { code: "TAG", name: "Kantor Imigrasi Tulungagung", timeZone: "Asia/Jakarta" }) { id } }`,
      {},
      admin.accessToken,
    );
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 4 * 86_400_000), 3_600_000);
    const { addSession } = await ok<{ addSession: { id: string } }>(
      `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
      { input: { officeId: createOffice.id, startsAt, endsAt, capacity: 3 } },
      admin.accessToken,
    );
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const mother = await signIn(String(input.email), String(input.password));
    // A girl born on 15 January 2025 in Blitar (the day is 15 + 40): a child under 5 on the day of her visit.
    const daughterNik = `350501550125${String(1000 + Math.floor(Math.random() * 8999))}`;
    const { addFamilyMember } = await ok<{ addFamilyMember: { id: string } }>(
      `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
      { input: { nik: daughterNik, fullName: 'Putri Rahayu', birthDate: '2025-01-15' } },
      mother.accessToken,
    );

    const bookFor = (familyMemberId: string | null) =>
      gql<{
        bookSession: {
          code: string;
          applicant: { fullName: string };
          familyMember: { fullName: string; nik: string } | null;
        };
      }>(
        `mutation ($input: BookSessionInput!) {
          bookSession(input: $input) { code applicant { fullName } familyMember { fullName nik } }
        }`,
        {
          input: {
            sessionId: addSession.id,
            service: 'NEW_ORDINARY',
            // A priority group is checked against the person it is for: the girl is a child, her mother is not.
            priority: familyMemberId ? 'CHILD' : null,
            familyMemberId,
            idempotencyKey: randomUUID(),
          },
        },
        mother.accessToken,
      );
    // Scheduling learns of the daughter from identity's event, a moment after she was added.
    const forDaughter = await waitFor(
      async () => {
        const response = await bookFor(addFamilyMember.id);
        return errorCodes(response).includes('NOT_FOUND') ? undefined : response;
      },
      10_000,
      'scheduling to know the family member',
    );
    expect(forDaughter.errors).toBeUndefined();
    expect(forDaughter.data!.bookSession).toMatchObject({
      applicant: { fullName: input.fullName },
      familyMember: { fullName: 'Putri Rahayu', nik: daughterNik },
    });
    expect(errorCodes(await bookFor(addFamilyMember.id))).toEqual(['ACTIVE_BOOKING_EXISTS']);
    const forHerself = await bookFor(null);
    expect(forHerself.errors).toBeUndefined();
    expect(forHerself.data!.bookSession.familyMember).toBeNull();

    const mine = await ok<{ me: { familyMembers: { fullName: string }[]; bookings: { code: string }[] } }>(
      `{ me { ... on Applicant { familyMembers { fullName } bookings { code } } } }`,
      {},
      mother.accessToken,
    );
    expect(mine.me.familyMembers).toEqual([{ fullName: 'Putri Rahayu' }]);
    expect(mine.me.bookings).toHaveLength(2);
    const stranger = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, {
      input: stranger,
    });
    const other = await signIn(String(stranger.email), String(stranger.password));
    const seen = await gql(
      `query ($code: String!) { booking(code: $code) { code } }`,
      { code: forDaughter.data!.bookSession.code },
      other.accessToken,
    );
    expect(seen.data).toEqual({ booking: null });
  });
});
