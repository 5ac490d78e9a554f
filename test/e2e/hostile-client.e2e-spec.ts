import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import pino from 'pino';
import WebSocket from 'ws';
import { AccessTokenSigner, Identity, IDENTITY_HEADER, IdentityHeaderSigner } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { AccessRevoked, AccessRevokedPayload } from '@antrian/contracts';
import { applicantInput, devIdentityHeader, errorCodes, GraphQLResponse, postGraphQL, waitFor } from '@antrian/testing';
import { createGateway, Gateway } from '../../gateway/src/gateway';
import { loadGatewayConfig } from '../../gateway/src/config/gateway.config';
import { useStack } from './e2e-stack';

/**
 * Issue 7, section 2, "what held and must keep holding", at the gateway, through the real stack:
 * every subgraph in its own process behind the gateway, as `npm start` runs them. What the
 * gateway's own integration test proves on a fixture graph (each limit's variants, CSRF by GET
 * and by form, health) is not repeated here; this proves each rule on the real graph.
 */
describe('a hostile client against the whole stack', () => {
  const e2e = useStack();
  const { gql, ok, signIn } = e2e;
  const logger = pino({ level: 'silent' });
  const extraGateways: Gateway[] = [];
  let officeId: string;
  let applicant: { accessToken: string; identity: Identity };

  const url = () => e2e.stack.gatewayUrl;
  const wsUrl = (target = url()) => target.replace(/^http/, 'ws');

  /** A raw POST: status, headers and body, as a hostile client sees them. */
  async function post(body: unknown, headers: Record<string, string> = {}, target = url()) {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as GraphQLResponse };
  }

  /** A graphql-ws socket after connection_init; `acknowledged` fails if it closes first. */
  function openSocket(payload?: Record<string, unknown>, target = url()) {
    const socket = new WebSocket(wsUrl(target), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const acknowledged = new Promise<void>((resolve, reject) => {
      socket.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve());
      void closed.then((code) => reject(new Error(`closed with ${code}`)));
    });
    acknowledged.catch(() => undefined);
    socket.on('error', () => undefined);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    return { socket, closed, acknowledged };
  }

  /** The HTTP status an upgrade gets: 101 when it became a WebSocket. */
  function upgradeStatus(target: string): Promise<{ status: number; socket: WebSocket }> {
    return new Promise((resolve) => {
      const socket = new WebSocket(wsUrl(target), 'graphql-transport-ws');
      // connection_init at once: graphql-ws closes a socket that stays silent for 3 s.
      socket.on('open', () => {
        socket.send(JSON.stringify({ type: 'connection_init' }));
        resolve({ status: 101, socket });
      });
      socket.on('unexpected-response', (_request, reply) => resolve({ status: reply.statusCode ?? 0, socket }));
      socket.on('error', () => undefined);
    });
  }

  /** Another gateway replica in front of the stack's subgraphs, with settings of the test's own. */
  async function gatewayWith(settings: Record<string, string>): Promise<Gateway> {
    const gateway = await createGateway({
      config: loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        ...Object.fromEntries(
          Object.entries(e2e.stack.subgraphs).map(([name, subgraphUrl]) => [`${name.toUpperCase()}_URL`, subgraphUrl]),
        ),
        ...settings,
      }),
      bus: e2e.stack.bus,
      logger,
    });
    extraGateways.push(gateway);
    return gateway;
  }

  async function registeredApplicant(): Promise<{ accessToken: string; identity: Identity }> {
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const { accessToken } = await signIn(String(input.email), String(input.password));
    const { sub } = decodeJwt(accessToken);
    return { accessToken, identity: { sub: String(sub), kind: 'applicant', roles: [], officeId: null } };
  }

  beforeAll(async () => {
    const admin = await signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD);
    officeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "HST", name: "Kantor Imigrasi Uji", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin.accessToken,
      )
    ).createOffice.id;
    applicant = await registeredApplicant();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(extraGateways.map((gateway) => gateway.stop()));
  });

  describe('tokens', () => {
    const claims = () => ({ ...decodeJwt(applicant.accessToken), kind: 'officer', roles: ['ADMIN'] });
    const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    it.each([
      ['unsigned (alg: none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`],
      [
        'HS256, keyed with the public key',
        async () =>
          new SignJWT(claims())
            .setProtectedHeader({ alg: 'HS256' })
            .sign(new TextEncoder().encode(DEV_SECRETS.AUTH_PUBLIC_KEY)),
      ],
      [
        'tampered (promoted to ADMIN, signature kept)',
        async () => {
          const [head, , signature] = applicant.accessToken.split('.');
          return `${head}.${base64url(claims())}.${signature}`;
        },
      ],
      [
        'expired',
        async () =>
          (
            await new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY).sign(
              applicant.identity,
              new Date(Date.now() - 3600_000),
            )
          ).token,
      ],
    ])('refuses a token that is %s, over HTTP and WebSocket', async (_case, forge) => {
      const token = await forge();
      const refused = await post({ query: '{ me { __typename } }' }, { authorization: `Bearer ${token}` });
      expect(refused.status).toBe(401);
      expect(errorCodes(refused.body)).toEqual(['UNAUTHENTICATED']);
      expect(await openSocket({ authorization: `Bearer ${token}` }).closed).toBe(4403);
    });
  });

  describe('identity headers', () => {
    const admin: Identity = { sub: randomUUID(), kind: 'officer', roles: ['ADMIN'], officeId: null };
    const CREATE_OFFICE = `mutation { createOffice(input: { code: "FRG", name: "Forged", timeZone: "Asia/Jakarta" }) { id } }`;

    it('ignores an identity header a client sends to the gateway, even one the gateway signed', async () => {
      const forged = await post(
        { query: CREATE_OFFICE },
        { [IDENTITY_HEADER]: await devIdentityHeader(admin, 'scheduling') },
      );
      expect(errorCodes(forged.body)).toEqual(['UNAUTHENTICATED']);
      expect((await gql<{ offices: { code: string }[] }>('{ offices { code } }')).data?.offices).not.toContainEqual({
        code: 'FRG',
      });
    });

    it('is refused by a subgraph reached directly when replayed, meant for another subgraph, or not the gateway’s', async () => {
      const scheduling = e2e.stack.subgraphs.scheduling;
      const asAdmin = (header: string) =>
        postGraphQL(scheduling, '{ offices { id } }', {}, { [IDENTITY_HEADER]: header });
      const header = await devIdentityHeader(admin, 'scheduling');
      expect((await asAdmin(header)).errors).toBeUndefined();
      expect(errorCodes(await asAdmin(header))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await asAdmin(await devIdentityHeader(admin, 'counter')))).toEqual(['UNAUTHENTICATED']);
      const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const foreign = await new IdentityHeaderSigner(stranger).sign(
        { identity: admin, clientAddress: null },
        'scheduling',
      );
      expect(errorCodes(await asAdmin(foreign))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('the shape of an operation', () => {
    it('refuses depth, aliases and batches beyond the limits, and simple requests without a preflight (CSRF)', async () => {
      const deep = await post({
        query: `{ myBookings { applicant { bookings { applicant { bookings { office { availability(from: "2030-01-01", to: "2030-01-01") { sessions { id } } } } } } } } }`,
      });
      expect(deep.status).toBe(400);
      expect(deep.text).toMatch(/batas kedalamannya 8 tingkat/);
      const aliases = await post({
        query: `{ ${Array.from({ length: 16 }, (_, i) => `o${i}: offices { id }`).join(' ')} }`,
      });
      expect(aliases.status).toBe(400);
      expect(aliases.text).toMatch(/alias: batasnya 15/);
      const batch = await post([{ query: '{ offices { id } }' }, { query: '{ offices { id } }' }]);
      expect(batch.status).toBe(400);
      const form = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: CSRF_MUTATION }),
      });
      expect(form.status).toBe(400);
      expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
    });

    it('answers an oversized body with PAYLOAD_TOO_LARGE (413) and closes a socket that sends an oversized frame', async () => {
      const body = await post({ query: `{ offices { id } } # ${'x'.repeat(110 * 1024)}` });
      expect(body.status).toBe(413);
      expect(errorCodes(body.body)).toEqual(['PAYLOAD_TOO_LARGE']);
      const { socket, closed, acknowledged } = openSocket();
      await acknowledged;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `# ${'x'.repeat(110 * 1024)}` } }));
      expect(await closed).toBe(1009);
    });
  });

  it('hides the schema in production: no introspection, no field suggestions', async () => {
    // Keys of its own: production refuses the development ones; nothing here reaches a subgraph.
    const pair = () => generateKeyPairSync('ed25519');
    const production = await gatewayWith({
      NODE_ENV: 'production',
      AUTH_PUBLIC_KEY: pair().publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      GATEWAY_PRIVATE_KEY: pair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    const introspection = await post({ query: '{ __schema { types { name } } }' }, {}, production.url);
    expect(introspection.text).toMatch(/introspection/i);
    expect(introspection.body.data ?? null).toBeNull();
    const typo = await post({ query: '{ offices { nam } }' }, {}, production.url);
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean|"name"/);
  });

  describe('cost and rate', () => {
    const availability = (alias: string, from: string, to: string) =>
      `${alias}: availability(from: "${from}", to: "${to}") { date sessions { id startsAt remaining capacity } }`;

    it('refuses the 2 MB query (15 aliases of every office’s availability), and serves one office’s two months', async () => {
      const aliases = Array.from(
        { length: 15 },
        (_, i) =>
          `o${i}: offices { availability(from: "2030-01-01", to: "2030-03-03") { date sessions { id startsAt } } }`,
      ).join(' ');
      const costly = await post({ query: `{ ${aliases} }` });
      expect(costly.status).toBe(400);
      expect(costly.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/batasnya 10000/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const page = await gql(`{ office(id: "${officeId}") { ${availability('a', '2030-01-01', '2030-03-03')} } }`);
      expect(page.errors).toBeUndefined();
      const split = await gql(
        `{ office(id: "${officeId}") { ${availability('a', '2030-01-01', '2030-01-31')} ${availability('b', '2030-02-01', '2030-03-05')} } }`,
      );
      expect(errorCodes(split)).toEqual(['BAD_USER_INPUT']);
    });

    it('answers RATE_LIMITED (429, Retry-After) once an address has used its allowance', async () => {
      // Five requests a minute: this test's own setting.
      const strict = await gatewayWith({ RATE_LIMIT_PER_ADDRESS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
      for (let i = 0; i < 5; i++)
        expect((await post({ query: '{ offices { id } }' }, {}, strict.url)).status).toBe(200);
      const refused = await post({ query: '{ offices { id } }' }, {}, strict.url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorCodes(refused.body)).toEqual(['RATE_LIMITED']);
    });
  });

  describe('live subscriptions', () => {
    const BOARD = (alias: string) =>
      `subscription ($officeId: ID!) { ${alias}: queueBoardChanged(officeId: $officeId) { q: queues { stage waiting } } }`;

    it('shares one execution among boards that alias their selection differently, and caps subscriptions per socket', async () => {
      const client = e2e.ws();
      const results = Array.from({ length: 11 }, () => ({ payloads: [] as unknown[], error: undefined as unknown }));
      results.forEach((result, i) =>
        client.subscribe(
          { query: BOARD(`board${i}`), variables: { officeId } },
          {
            next: (payload) => void result.payloads.push(payload),
            error: (error) => (result.error = error),
            complete: () => undefined,
          },
        ),
      );
      await waitFor(
        () => (results.filter((result) => result.payloads.length > 0).length === 10 ? true : undefined),
        10_000,
        '10 boards',
      );
      const refused = results.filter((result) => result.error);
      expect(refused).toHaveLength(1);
      expect(refused[0].error).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })]);
      expect(results[4].payloads[0]).toEqual({ data: { board4: { q: expect.any(Array) } } });
      const subject = Object.keys(e2e.stack.liveStats().subjects).find((name) => name.endsWith(officeId));
      expect(e2e.stack.liveStats().subjects[subject ?? '']).toMatchObject({ subscribers: 10, groups: 1 });
    });

    it('refuses sockets from one address beyond its cap', async () => {
      // Five sockets per address: this test's own setting.
      const capped = await gatewayWith({ MAX_SOCKETS_PER_ADDRESS: '5' });
      const attempts = await Promise.all(Array.from({ length: 8 }, () => upgradeStatus(capped.url)));
      expect(attempts.map((attempt) => attempt.status).sort()).toEqual([101, 101, 101, 101, 101, 429, 429, 429]);
      for (const { socket } of attempts) socket.close();
    });

    it('closes the sockets of a revoked principal (4403) and refuses her token at once', async () => {
      const revoked = await registeredApplicant();
      const { closed, acknowledged } = openSocket({ authorization: `Bearer ${revoked.accessToken}` });
      await acknowledged;
      const payload: AccessRevokedPayload = {
        principalId: revoked.identity.sub,
        principalKind: 'applicant',
        sessionId: null,
        revokedAt: new Date().toISOString(),
      };
      await e2e.stack.bus.publish({
        id: randomUUID(),
        subject: AccessRevoked.subject,
        version: AccessRevoked.version,
        occurredAt: payload.revokedAt,
        payload,
      });
      expect(await closed).toBe(4403);
      const refused = await post(
        { query: '{ me { __typename } }' },
        { authorization: `Bearer ${revoked.accessToken}` },
      );
      expect(refused.status).toBe(401);
      // Anyone else goes on.
      expect((await gql('{ me { __typename } }', {}, applicant.accessToken)).data).toEqual({
        me: { __typename: 'Applicant' },
      });
    });
  });
});

const CSRF_MUTATION =
  'mutation { createOffice(input: { code: "CSR", name: "CSRF", timeZone: "Asia/Jakarta" }) { id } }';
