import { DEV_SECRETS } from '@antrian/config';
import { applicantInput, errorCodes, GraphQLResponse, sessionSlot, waitFor } from '@antrian/testing';
import { useStack } from './e2e-stack';

interface HerBooking {
  id: string;
  status: string;
  cancelReason: string | null;
  familyMember: { id: string } | null;
}
interface Viewer {
  viewerChanged: { bookings: HerBooking[] };
}

const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const MY_BOOKINGS = `{ myBookings { id status cancelReason familyMember { id } } }`;
const HOUR = 3_600_000;

/**
 * The office cancels a session and its applicant learns why at once, through the gateway only;
 * and a family member's removal racing a booking for her leaves identity and scheduling agreeing.
 */
describe('the office cancels, through the gateway', () => {
  const e2e = useStack();
  const { gql, ok } = e2e;
  const signIn = async (login: string, password: string) => (await e2e.signIn(login, password)).accessToken;
  let officeId: string;
  let supervisor: string;
  let slot = 0;

  const addSession = async (capacity: number) => {
    slot += 1;
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 72 * HOUR), HOUR, slot);
    return (
      await ok<{ addSession: { id: string } }>(
        `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
        { input: { officeId, startsAt, endsAt, capacity } },
        supervisor,
      )
    ).addSession.id;
  };
  const newApplicant = async () => {
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    return signIn(String(input.email), String(input.password));
  };
  const book = (token: string, sessionId: string, idempotencyKey: string, familyMemberId?: string) =>
    gql<{ bookSession: { id: string } }>(
      BOOK,
      { input: { sessionId, service: 'RENEWAL', idempotencyKey, familyMemberId } },
      token,
    );

  beforeAll(async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    officeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "BLT", name: "Kantor Imigrasi Blitar", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    await e2e.createOfficer(
      {
        nip: '198801012015011101',
        fullName: 'Supervisor Blitar',
        officeId,
        roles: ['SUPERVISOR'],
        password: 'pw-pw-pw-pw',
      },
      admin,
    );
    supervisor = await signIn('198801012015011101', 'pw-pw-pw-pw');
  });

  it('a supervisor cancels a session: her applicant sees the reason on her booking and live, and cannot book it again', async () => {
    const sessionId = await addSession(10);
    const applicant = await newApplicant();
    const booking = (await book(applicant, sessionId, 'cancel-journey')).data!.bookSession;

    // Her phone follows her account over graphql-ws, without knowing any id.
    const seen: GraphQLResponse<Viewer>[] = [];
    e2e.ws(applicant).subscribe<Viewer>(
      {
        query: `subscription { viewerChanged { ... on Applicant { bookings { id status cancelReason familyMember { id } } } } }`,
      },
      {
        next: (payload) => void seen.push(payload as GraphQLResponse<Viewer>),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitFor(() => seen.length > 0 || undefined, 10_000, 'the first viewer payload');

    const reason = 'Pemadaman listrik di kantor';
    const cancelled = await ok<{ cancelSession: { id: string; cancelReason: string } }>(
      `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id cancelReason } }`,
      { id: sessionId, reason },
      supervisor,
    );
    expect(cancelled.cancelSession).toEqual({ id: sessionId, cancelReason: reason });

    const live = await waitFor(
      () =>
        seen
          .map((payload) => payload.data?.viewerChanged.bookings.find((b) => b.id === booking.id))
          .find((b) => b?.status === 'CANCELLED'),
      15_000,
      'viewerChanged to show the cancelled booking',
    );
    expect(live).toEqual({ id: booking.id, status: 'CANCELLED', cancelReason: reason, familyMember: null });
    const mine = await ok<{ myBookings: HerBooking[] }>(MY_BOOKINGS, {}, applicant);
    expect(mine.myBookings).toEqual([
      { id: booking.id, status: 'CANCELLED', cancelReason: reason, familyMember: null },
    ]);

    const again = await book(applicant, sessionId, 'cancel-journey-again');
    expect(errorCodes(again)).toEqual(['BOOKING_CLOSED']);
    expect(again.errors![0].message).toContain(reason);
  });

  it('claim: a family member removed while a booking for her races in never ends removed with an active booking', async () => {
    const holder = await newApplicant();
    const sessionId = await addSession(20);
    const members: string[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const added = await ok<{ addFamilyMember: { id: string } }>(
        `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
        {
          input: {
            nik: `357801410601${7000 + i}`,
            fullName: `Anak ${i}`,
            birthDate: '2001-06-01',
          },
        },
        holder,
      );
      members.push(added.addFamilyMember.id);
    }
    // A fifth family member is refused: five people per account, the holder included.
    const fifth = await gql(
      `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
      { input: { nik: '3578014106017005', fullName: 'Anak 5', birthDate: '2001-06-01' } },
      holder,
    );
    expect(errorCodes(fifth)).toEqual(['BAD_USER_INPUT']);
    // Scheduling knows each of them before the race starts (a booking for her is accepted).
    for (const member of members) {
      await waitFor(
        async () => (await book(holder, sessionId, `warm-up-${member}`, member)).data?.bookSession.id,
        10_000,
        'scheduling to know the family member',
      );
    }
    const warmUps = (await ok<{ myBookings: HerBooking[] }>(MY_BOOKINGS, {}, holder)).myBookings;
    for (const warmUp of warmUps) {
      await ok(`mutation ($id: ID!) { cancelBooking(id: $id) { id } }`, { id: warmUp.id }, holder);
    }

    // Each member's removal and a booking for her, at the same moment.
    const outcomes = await Promise.all(
      members.map(async (member) => {
        const [removed, booked] = await Promise.all([
          gql<{ removeFamilyMember: boolean }>(
            `mutation ($id: ID!) { removeFamilyMember(id: $id) }`,
            { id: member },
            holder,
          ),
          book(holder, sessionId, `race-${member}`, member),
        ]);
        return { member, removed: !removed.errors, removeRefusal: errorCodes(removed), booked: !booked.errors };
      }),
    );
    for (const outcome of outcomes) {
      if (!outcome.removed) expect(outcome.removeRefusal).toEqual(['ACTIVE_BOOKING_EXISTS']);
    }

    // Once the events have flowed: nobody is both removed and booked.
    const family = async () =>
      (
        await ok<{ me: { familyMembers: { id: string }[] } }>(
          `{ me { ... on Applicant { familyMembers { id } } } }`,
          {},
          holder,
        )
      ).me.familyMembers.map((m) => m.id);
    await waitFor(
      async () => {
        const present = new Set(await family());
        const active = (await ok<{ myBookings: HerBooking[] }>(MY_BOOKINGS, {}, holder)).myBookings.filter(
          (b) => b.status === 'BOOKED',
        );
        const inconsistent = active.filter((b) => b.familyMember && !present.has(b.familyMember.id));
        return inconsistent.length === 0 ? true : undefined;
      },
      15_000,
      'every booking of a removed family member to be cancelled',
    );
    const present = new Set(await family());
    for (const outcome of outcomes) expect(present.has(outcome.member)).toBe(!outcome.removed);
    const bookings = (await ok<{ myBookings: HerBooking[] }>(MY_BOOKINGS, {}, holder)).myBookings;
    for (const booking of bookings.filter((b) => b.familyMember && !present.has(b.familyMember.id))) {
      expect(booking.status).toBe('CANCELLED');
    }
  });
});
