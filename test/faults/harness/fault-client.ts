import { randomUUID } from 'node:crypto';
import { AccessTokenSigner, Identity } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { GraphQLResponse, postGraphQL, sessionSlot, waitFor } from '@antrian/testing';

let signer: AccessTokenSigner | undefined;

/**
 * An access token as identity would issue it (the development key), without signing in: a rush
 * of a hundred applicants would otherwise spend the machine on password hashing.
 */
export async function mintToken(identity: Identity): Promise<string> {
  signer ??= new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
  return (await signer.sign(identity)).token;
}

export const tokens = {
  admin: () => mintToken({ sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null }),
  officer: (officeId: string, roles: Identity['roles']) =>
    mintToken({ sub: randomUUID(), kind: 'officer', roles, officeId }),
  applicant: (sub: string = randomUUID()) =>
    mintToken({ sub, kind: 'applicant', roles: [], officeId: null, emailConfirmed: true }),
  kiosk: (officeId: string) =>
    mintToken({ sub: randomUUID(), kind: 'device', deviceKind: 'KIOSK', roles: [], officeId }),
};

export interface Office {
  officeId: string;
  sessionId: string;
  capacity: number;
  supervisor: string;
  reception: string;
}

export interface BookingResult {
  id: string;
  code: string;
  status: string;
}

/** GraphQL through the stack's gateway, with the floor's usual steps as helpers. */
export class FaultClient {
  constructor(private readonly url: () => string) {}

  gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(this.url(), query, variables, token ? { authorization: `Bearer ${token}` } : {});
  }

  /** Like `gql`, but throws on any error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const response = await this.gql<T>(query, variables, token);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  }

  /**
   * An office (scheduling) with a session starting in `startsInMinutes` (default 30: its check-in
   * window is open) of `capacity` places, a supervisor and a reception officer; waits until the
   * floor (counter) knows the office, when `counter` is part of the stack (default true).
   */
  async openOffice({ capacity = 10, startsInMinutes = 30, counter = true } = {}): Promise<Office> {
    const admin = await tokens.admin();
    const code = `F${randomUUID().slice(0, 8)}`;
    const { createOffice } = await this.ok<{ createOffice: { id: string } }>(
      `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
      { input: { code, name: `Kantor ${code}`, timeZone: 'Asia/Jakarta' } },
      admin,
    );
    const officeId = createOffice.id;
    const supervisor = await tokens.officer(officeId, ['SUPERVISOR']);
    const reception = await tokens.officer(officeId, ['RECEPTION']);
    const { startsAt, endsAt } = sessionSlot(
      'Asia/Jakarta',
      new Date(Date.now() + startsInMinutes * 60_000),
      3_600_000,
    );
    const { addSession } = await this.ok<{ addSession: { id: string } }>(
      `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
      { input: { officeId, startsAt, endsAt, capacity } },
      supervisor,
    );
    if (counter) {
      await waitFor(
        async () =>
          (await this.gql(`query ($id: ID!) { queueBoard(officeId: $id) { officeId } }`, { id: officeId }, supervisor))
            .errors
            ? undefined
            : true,
        30_000,
        'the floor to know the office',
      );
    }
    return { officeId, sessionId: addSession.id, capacity, supervisor, reception };
  }

  /** bookSession as a (new, unless given) applicant; the raw response, so a test counts refusals. */
  async book(office: Office, applicant?: string, idempotencyKey = randomUUID()) {
    const token = applicant ?? (await tokens.applicant());
    const response = await this.gql<{ bookSession: BookingResult }>(
      `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id code status } }`,
      { input: { sessionId: office.sessionId, service: 'NEW_ELECTRONIC', idempotencyKey } },
      token,
    );
    return { token, response };
  }

  cancel(bookingId: string, applicant: string) {
    return this.gql<{ cancelBooking: BookingResult }>(
      `mutation ($id: ID!) { cancelBooking(id: $id) { id code status } }`,
      { id: bookingId },
      applicant,
    );
  }

  /** checkIn by booking code, as the reception officer. */
  checkIn(office: Office, bookingCode: string) {
    return this.gql<{ checkIn: { id: string; number: string; status: string } }>(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { id number status } }`,
      { input: { officeId: office.officeId, bookingCode } },
      office.reception,
    );
  }
}
