import { createPrivateKey, randomUUID } from 'node:crypto';
import { FormattedExecutionResult } from 'graphql';
import { SignJWT } from 'jose';
import { QueryPlanner } from '@apollo/query-planner';
import { Client, createClient } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  AccessTokenSigner,
  IDENTITY_HEADER,
  Identity,
  IdentityHeaderSigner,
} from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { AccessRevoked, AccessRevokedPayload, EventEnvelope } from '@antrian/contracts';
import { InProcessEventBus } from '@antrian/messaging';
import { waitFor } from '@antrian/testing';
import { createGateway, Gateway } from './gateway';
import { GatewayConfig, loadGatewayConfig } from './config/gateway.config';
import { startThingsSubgraphs, THING_LIVE_FIELDS, ThingsSubgraphs } from './testing/things-subgraphs.fixture';

const logger = pino({ level: 'silent' });
const signer = new AccessTokenSigner(DEV_SECRETS.AUTH_PRIVATE_KEY);
const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };
const otherApplicant: Identity = { sub: 'applicant-2', kind: 'applicant', roles: [], officeId: null };
const admin: Identity = { sub: 'officer-9', kind: 'officer', roles: ['ADMIN'], officeId: null };
const THING_1 = 'things.live.thing.1';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function tokenFor(identity: Identity, issuedAt?: Date): Promise<string> {
  return (await signer.sign(identity, issuedAt)).token;
}

/** An access token as identity issues them with a session (`sid`), issued `secondsAgo` ago. */
async function sessionToken(identity: Identity, sessionId: string, secondsAgo = 0): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000) - secondsAgo;
  return new SignJWT({ kind: identity.kind, roles: identity.roles, officeId: identity.officeId, sid: sessionId })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(identity.sub)
    .setIssuer('antrian-identity')
    .setAudience('antrian')
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(createPrivateKey(DEV_SECRETS.AUTH_PRIVATE_KEY));
}

function revocation(payload: AccessRevokedPayload): EventEnvelope {
  return {
    id: randomUUID(),
    subject: AccessRevoked.subject,
    version: AccessRevoked.version,
    occurredAt: new Date().toISOString(),
    payload,
  };
}

/** Opens a raw graphql-ws socket and sends connection_init; resolves with it once acknowledged. */
function openSocket(
  url: string,
  payload?: Record<string, unknown>,
): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ socket, closed });
    });
    void closed.then((code) => reject(new Error(`closed with ${code} before the acknowledgement`)));
  });
}

/** A graphql-ws subscription and everything it received. */
interface Watch {
  payloads: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  error?: unknown;
  completed: boolean;
  dispose(): void;
}

describe('gateway', () => {
  let subgraphs: ThingsSubgraphs;
  let bus: InProcessEventBus;
  let config: GatewayConfig;
  let gateway: Gateway;
  const clients: Client[] = [];

  function settings(overrides: Record<string, string> = {}): GatewayConfig {
    return loadGatewayConfig({
      NODE_ENV: 'test',
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      SUPERGRAPH_PATH: subgraphs.supergraphPath,
      MAX_DEPTH: '4',
      MAX_ALIASES: '3',
      MAX_BODY_BYTES: '4096',
      ...overrides,
    });
  }

  beforeAll(async () => {
    subgraphs = await startThingsSubgraphs(DEV_SECRETS.GATEWAY_PUBLIC_KEY);
    bus = new InProcessEventBus(logger);
    config = settings();
    gateway = await createGateway({ config, bus, logger, liveFields: THING_LIVE_FIELDS });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitFor(() => (gateway.liveStats().subscribers === 0 ? true : undefined), 5000, 'subscribers to leave');
  });

  afterAll(async () => {
    await gateway?.stop();
    await bus?.close();
    await subgraphs?.stop();
  });

  async function post(
    body: unknown,
    headers: Record<string, string> = {},
    url = gateway.url,
  ): Promise<{ status: number; body: GraphQLBody; text: string }> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as GraphQLBody, text };
  }

  function wsClient(connectionParams?: Record<string, unknown>, target: Gateway = gateway): Client {
    const client = createClient({
      url: target.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  function watch(client: Client, query: string, variables?: Record<string, unknown>): Watch {
    const state: Watch = { payloads: [], completed: false, dispose: () => undefined };
    state.dispose = client.subscribe(
      { query, variables },
      {
        next: (payload) => void state.payloads.push(payload),
        error: (error) => (state.error = error),
        complete: () => (state.completed = true),
      },
    );
    return state;
  }

  const payloadCount = (subscription: Watch, count: number) =>
    waitFor(() => (subscription.payloads.length >= count ? true : undefined), 5000, `${count} payload(s)`);
  const settled = (subscription: Watch) =>
    waitFor(() => (subscription.completed || subscription.error ? true : undefined), 5000, 'the subscription to end');

  describe('over HTTP', () => {
    it('answers a query with fields from both subgraphs', async () => {
      const { status, body } = await post({ query: '{ thing(id: "1") { id name stock next { id } } }' });
      expect(status).toBe(200);
      expect(body).toEqual({ data: { thing: { id: '1', name: 'One', stock: 5, next: { id: '1' } } } });
    });

    it("passes the verified caller to subgraphs, and never a client's own identity header", async () => {
      const forged = await new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY).sign(
        { identity: admin, clientAddress: null },
        'things',
      );
      const asApplicant = await post({ query: '{ whoami }' }, { authorization: `Bearer ${await tokenFor(applicant)}` });
      expect(asApplicant.body).toEqual({ data: { whoami: 'applicant-1' } });

      const forgedAlone = await post({ query: '{ whoami }' }, { [IDENTITY_HEADER]: forged });
      expect(forgedAlone.body).toEqual({ data: { whoami: null } });

      const forgedBesideToken = await post(
        { query: '{ whoami }' },
        { authorization: `Bearer ${await tokenFor(applicant)}`, [IDENTITY_HEADER]: forged },
      );
      expect(forgedBesideToken.body).toEqual({ data: { whoami: 'applicant-1' } });
    });

    it.each([
      ['a malformed token', async () => 'Bearer not-a-token'],
      ['an expired token', async () => `Bearer ${await tokenFor(applicant, new Date(Date.now() - 3600_000))}`],
      ['another scheme', async () => `Basic ${await tokenFor(applicant)}`],
    ])('refuses %s with UNAUTHENTICATED', async (_case, authorization) => {
      const { status, body } = await post({ query: '{ whoami }' }, { authorization: await authorization() });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    });

    it('plans an operation once and takes the plan from its cache afterwards (bench:rush)', async () => {
      const planned = jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan');
      try {
        const query = `query PlanOnce($id: ID!) { thing(id: $id) { id name stock } }`;
        for (const id of ['1', '2', '1']) {
          expect((await post({ query, variables: { id }, operationName: 'PlanOnce' })).body.errors).toBeUndefined();
        }
        expect(planned).toHaveBeenCalledTimes(1);
      } finally {
        planned.mockRestore();
      }
    });

    it("passes a subgraph's error code through, without its stack trace", async () => {
      const { body, text } = await post({ query: '{ thing(id: "missing") { id name } }' });
      expect(body.data).toEqual({ thing: null });
      expect(body.errors?.[0]).toMatchObject({ message: 'No thing missing', extensions: { code: 'NOT_FOUND' } });
      expect(text).not.toMatch(/stacktrace|\.ts:\d+/);
    });

    it("passes an internal error's message outside production", async () => {
      const { body } = await post({ query: '{ broken }' });
      expect(body.errors?.[0]).toMatchObject({ message: 'connect ECONNREFUSED 10.0.0.7:5432' });
    });

    it('refuses batched requests', async () => {
      const { status, body } = await post([{ query: '{ whoami }' }, { query: '{ whoami }' }]);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toMatch(/batch/i);
    });

    it('refuses queries that are too deep, use too many aliases or have too many tokens', async () => {
      const deep = await post({ query: '{ thing(id: "1") { next { next { next { next { id } } } } } }' });
      expect(deep.status).toBe(400);
      expect(deep.body.errors?.[0].message).toMatch(/batas kedalamannya 4 tingkat/);

      const aliases = await post({ query: '{ a: whoami b: whoami c: whoami d: whoami }' });
      expect(aliases.status).toBe(400);
      expect(aliases.body.errors?.[0].message).toMatch(/alias: batasnya 3/);

      const tokens = await post({ query: `{ ${'a '.repeat(1001)} }` });
      expect(tokens.status).toBe(400);
      expect(tokens.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

      const fine = await post({ query: '{ thing(id: "1") { next { next { id } } } }' });
      expect(fine.body.errors).toBeUndefined();
    });

    it('blocks GET and simple-content-type requests without a preflight header (CSRF)', async () => {
      const mutation = 'mutation { renameThing(id: "2", name: "Hijacked") { name } }';
      const viaGet = await fetch(`${gateway.url}?query=${encodeURIComponent(mutation)}`);
      expect(viaGet.status).toBe(400);
      expect(await viaGet.text()).toMatch(/Cross-Site Request Forgery/);

      const viaForm = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: mutation }),
      });
      expect(viaForm.status).toBe(400);
      expect(await viaForm.text()).toMatch(/Cross-Site Request Forgery/);
      expect(subgraphs.names.get('2')).toBe('Two');

      const query = encodeURIComponent('{ thing(id: "2") { name } }');
      const preflighted = await fetch(`${gateway.url}?query=${query}`, {
        headers: { 'apollo-require-preflight': '1' },
      });
      expect(await preflighted.json()).toEqual({ data: { thing: { name: 'Two' } } });
    });

    it('refuses bodies over the size limit, in the GraphQL error shape', async () => {
      const { status, body, text } = await post({ query: `{ whoami } # ${'x'.repeat(5000)}` });
      expect(status).toBe(413);
      expect(body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(text).not.toMatch(/<html|at \w+ \(/i);
    });

    it("passes the socket's address to subgraphs, and X-Forwarded-For only from trusted proxies", async () => {
      const spoofed = await post({ query: '{ whereami }' }, { 'x-forwarded-for': '198.51.100.7' });
      expect(spoofed.body.data?.whereami).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      const behindProxy = await createGateway({
        config: settings({ TRUST_PROXY: 'loopback' }),
        bus,
        logger,
        liveFields: THING_LIVE_FIELDS,
      });
      try {
        const forwarded = await post(
          { query: '{ whereami }' },
          { 'x-forwarded-for': '192.0.2.1, 198.51.100.7' },
          behindProxy.url,
        );
        expect(forwarded.body).toEqual({ data: { whereami: '198.51.100.7' } });
      } finally {
        await behindProxy.stop();
      }
    });

    it('answers RATE_LIMITED with Retry-After once an address has used its allowance, WebSockets included', async () => {
      // Three requests a minute: this test's own setting.
      const strict = await createGateway({
        config: settings({ RATE_LIMIT_PER_ADDRESS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' }),
        bus,
        logger,
        liveFields: THING_LIVE_FIELDS,
      });
      try {
        for (let i = 0; i < 3; i++) expect((await post({ query: '{ whoami }' }, {}, strict.url)).status).toBe(200);
        const response = await fetch(strict.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ whoami }' }),
        });
        expect(response.status).toBe(429);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
        const body = (await response.json()) as GraphQLBody;
        expect(body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
        const upgrade = await new Promise<number>((resolve) => {
          const socket = new WebSocket(strict.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
          socket.on('unexpected-response', (_request, reply) => resolve(reply.statusCode ?? 0));
          socket.on('open', () => resolve(101));
          socket.on('error', () => undefined);
        });
        expect(upgrade).toBe(429);
      } finally {
        await strict.stop();
      }
    });

    it('refuses operations whose cost, list sizes multiplied, is over the limit', async () => {
      // One list of 20 things with two fields costs 41; two of them 82.
      const costly = await createGateway({
        config: settings({ MAX_COST: '50', COST_LIST_SIZE: '20' }),
        bus,
        logger,
        liveFields: THING_LIVE_FIELDS,
      });
      try {
        const one = await post({ query: '{ things { id name } }' }, {}, costly.url);
        expect(one.body.data).toEqual({
          things: [
            { id: '1', name: 'One' },
            { id: '2', name: 'Two' },
          ],
        });
        const two = await post({ query: '{ a: things { id name } b: things { id name } }' }, {}, costly.url);
        expect(two.status).toBe(400);
        expect(two.body.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/biaya 82, batasnya 50/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
        expect(subgraphs.names.size).toBe(2);
      } finally {
        await costly.stop();
      }
    });

    it('reports its health', async () => {
      const base = gateway.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok' });
    });
  });

  describe('subscriptions over graphql-ws', () => {
    const THING_SUBSCRIPTION = 'subscription($id: ID!) { thingChanged(thingId: $id) { id name stock } }';

    it('sends a first payload, then one per live message, with fields from both subgraphs', async () => {
      const subscription = watch(wsClient(), THING_SUBSCRIPTION, { id: '1' });
      await payloadCount(subscription, 1);
      expect(subscription.payloads[0]).toEqual({ data: { thingChanged: { id: '1', name: 'One', stock: 5 } } });

      await post({ query: 'mutation { renameThing(id: "1", name: "Uno") { id } }' });
      subgraphs.stock.set('1', 4);
      bus.publishLive(THING_1);
      await payloadCount(subscription, 2);
      expect(subscription.payloads[1]).toEqual({ data: { thingChanged: { id: '1', name: 'Uno', stock: 4 } } });

      subgraphs.names.set('1', 'One');
      subgraphs.stock.set('1', 5);
    });

    it('resolves each live message once for all subscribers of the same selection', async () => {
      const same = Array.from({ length: 50 }, () => watch(wsClient(), THING_SUBSCRIPTION, { id: '1' }));
      const different = watch(wsClient(), 'subscription { thingChanged(thingId: "1") { name } }');
      for (const subscription of [...same, different]) await payloadCount(subscription, 1);
      expect(gateway.liveStats().subjects[THING_1]).toMatchObject({ groups: 2, subscribers: 51 });

      const before = gateway.liveStats();
      const lookupsBefore = subgraphs.thingLookups();
      subgraphs.stock.set('1', 42);
      bus.publishLive(THING_1);
      for (const subscription of [...same, different]) await payloadCount(subscription, 2);

      const after = gateway.liveStats();
      expect(after.subjects[THING_1].executions - (before.subjects[THING_1]?.executions ?? 0)).toBe(2);
      expect(after.executions - before.executions).toBe(2);
      expect(subgraphs.thingLookups() - lookupsBefore).toBe(2);
      for (const subscription of same) {
        expect(subscription.payloads[1]).toEqual({ data: { thingChanged: { id: '1', name: 'One', stock: 42 } } });
      }
      expect(different.payloads[1]).toEqual({ data: { thingChanged: { name: 'One' } } });

      for (const subscription of [...same, different]) subscription.dispose();
      await waitFor(() => (gateway.liveStats().subscribers === 0 ? true : undefined));
      expect(gateway.liveStats()).toMatchObject({ groups: 0 });
      expect(gateway.liveStats().subjects).toEqual({});
      subgraphs.stock.set('1', 5);
    });

    it('resolves per-identity fields with each subscriber’s own identity', async () => {
      const mine = watch(
        wsClient({ authorization: `Bearer ${await tokenFor(applicant)}` }),
        'subscription { myThingChanged { name stock } }',
      );
      const theirs = watch(
        wsClient({ authorization: `Bearer ${await tokenFor(otherApplicant)}` }),
        'subscription { myThingChanged { name stock } }',
      );
      await payloadCount(mine, 1);
      await payloadCount(theirs, 1);
      expect(mine.payloads[0]).toEqual({ data: { myThingChanged: { name: "applicant-1's One", stock: 0 } } });
      expect(theirs.payloads[0]).toEqual({ data: { myThingChanged: { name: "applicant-2's One", stock: 0 } } });
      const { subjects } = gateway.liveStats();
      expect(subjects['things.live.mine.applicant-1']).toMatchObject({ groups: 1, subscribers: 1 });
      expect(subjects['things.live.mine.applicant-2']).toMatchObject({ groups: 1, subscribers: 1 });

      subgraphs.stock.set('mine-applicant-1', 3);
      bus.publishLive('things.live.mine.applicant-1');
      await payloadCount(mine, 2);
      expect(mine.payloads[1]).toEqual({ data: { myThingChanged: { name: "applicant-1's One", stock: 3 } } });
      expect(theirs.payloads).toHaveLength(1);
    });

    it('refuses a per-identity field that needs an identity to an anonymous subscriber', async () => {
      const subscription = watch(wsClient(), 'subscription { myThingChanged { name } }');
      await settled(subscription);
      expect(subscription.error).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
      expect(gateway.liveStats().subscribers).toBe(0);
    });

    it('sends the errors of a failing first resolution, then completes', async () => {
      const subscription = watch(wsClient(), THING_SUBSCRIPTION, { id: 'missing' });
      await settled(subscription);
      expect(subscription.completed).toBe(true);
      expect(subscription.payloads).toEqual([
        {
          data: { thingChanged: null },
          errors: [
            expect.objectContaining({
              message: 'No thing missing',
              path: ['thingChanged'],
              extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
            }),
          ],
        },
      ]);
      expect(gateway.liveStats().subscribers).toBe(0);
    });

    it('applies the same limits as HTTP, and serves only subscriptions', async () => {
      const client = wsClient();
      const deep = watch(
        client,
        'subscription { thingChanged(thingId: "1") { next { next { next { next { id } } } } } }',
      );
      const query = watch(client, '{ whoami }');
      await settled(deep);
      await settled(query);
      expect(JSON.stringify(deep.error)).toMatch(/batas kedalamannya 4 tingkat/);
      expect(query.error).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    });

    it('shares one execution between subscribers whose selections differ only in aliases, each with her own names', async () => {
      const mine = watch(wsClient(), 'subscription { a: thingChanged(thingId: "1") { x: name stock } }');
      const theirs = watch(wsClient(), 'subscription { thingChanged(thingId: "1") { stock y: name } }');
      await payloadCount(mine, 1);
      await payloadCount(theirs, 1);
      expect(mine.payloads[0]).toEqual({ data: { a: { x: 'One', stock: 5 } } });
      expect(theirs.payloads[0]).toEqual({ data: { thingChanged: { stock: 5, y: 'One' } } });
      expect(gateway.liveStats().subjects[THING_1]).toMatchObject({ groups: 1, subscribers: 2 });

      const executionsBefore = gateway.liveStats().executions;
      const lookupsBefore = subgraphs.thingLookups();
      subgraphs.stock.set('1', 6);
      bus.publishLive(THING_1);
      await payloadCount(mine, 2);
      await payloadCount(theirs, 2);
      expect(gateway.liveStats().executions - executionsBefore).toBe(1);
      expect(subgraphs.thingLookups() - lookupsBefore).toBe(1);
      expect(mine.payloads[1]).toEqual({ data: { a: { x: 'One', stock: 6 } } });
      expect(theirs.payloads[1]).toEqual({ data: { thingChanged: { stock: 6, y: 'One' } } });
      subgraphs.stock.set('1', 5);
    });

    it('closes a socket that sends subscribe messages faster than allowed, with 4429', async () => {
      const { socket, closed } = await openSocket(gateway.url);
      for (let i = 0; i < 45; i++) {
        socket.send(
          JSON.stringify({
            id: String(i),
            type: 'subscribe',
            payload: { query: `subscription { t${i}: thingChanged(thingId: "1") { name } }` },
          }),
        );
      }
      expect(await closed).toBe(4429);
    });

    it('refuses a revoked session at once, over HTTP and on its open sockets (4403), and no other', async () => {
      const sessionId = randomUUID();
      const token = await sessionToken(applicant, sessionId);
      const otherToken = await sessionToken(applicant, randomUUID());
      // Verified (and cached) before the revocation.
      expect((await post({ query: '{ whoami }' }, { authorization: `Bearer ${token}` })).body.data).toEqual({
        whoami: 'applicant-1',
      });
      const revoked = await openSocket(gateway.url, { authorization: `Bearer ${token}` });
      const other = await openSocket(gateway.url, { authorization: `Bearer ${otherToken}` });

      await bus.publish(
        revocation({
          principalId: applicant.sub,
          principalKind: 'applicant',
          sessionId,
          revokedAt: new Date().toISOString(),
        }),
      );
      expect(await revoked.closed).toBe(4403);
      const refused = await post({ query: '{ whoami }' }, { authorization: `Bearer ${token}` });
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await post({ query: '{ whoami }' }, { authorization: `Bearer ${otherToken}` })).body.data).toEqual({
        whoami: 'applicant-1',
      });
      expect(other.socket.readyState).toBe(WebSocket.OPEN);
      other.socket.close();
    });

    it('refuses the tokens a principal got before her revocation on every replica, one started later too', async () => {
      const before = await sessionToken(otherApplicant, randomUUID(), 60);
      await bus.publish(
        revocation({
          principalId: otherApplicant.sub,
          principalKind: 'applicant',
          sessionId: null,
          revokedAt: new Date(Date.now() - 30_000).toISOString(),
        }),
      );
      const after = await sessionToken(otherApplicant, randomUUID());
      const replica = await createGateway({ config: settings(), bus, logger, liveFields: THING_LIVE_FIELDS });
      try {
        for (const target of [gateway, replica]) {
          const whoami = (token: string) =>
            post({ query: '{ whoami }' }, { authorization: `Bearer ${token}` }, target.url);
          await waitFor(async () => ((await whoami(before)).status === 401 ? true : undefined), 5000, 'the revocation');
          expect((await whoami(after)).body.data).toEqual({ whoami: 'applicant-2' });
        }
      } finally {
        await replica.stop();
      }
    });

    it('closes the socket with 4403 when connection_init carries a bad token', async () => {
      const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged' } })),
      );
      expect(await closed).toBe(4403);
    });

    it('closes a connection with 4403 when the token it was opened with expires', async () => {
      // Issued 15 minutes less 1.5 seconds ago: it expires 1.5 seconds from now.
      const token = await tokenFor(applicant, new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS * 1000 - 1500)));
      const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const acknowledged = new Promise<void>((resolve) =>
        socket.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve()),
      );
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
      );
      await acknowledged;
      expect(await closed).toBe(4403);
    });
  });

  describe('limits per socket and per address', () => {
    let limited: Gateway;

    beforeAll(async () => {
      // 100 sockets per address, and subscribe messages as fast as a test sends them.
      limited = await createGateway({
        config: settings({ MAX_SOCKETS_PER_ADDRESS: '100', MAX_SUBSCRIBES_PER_SECOND: '5000' }),
        bus,
        logger,
        liveFields: THING_LIVE_FIELDS,
      });
    });

    afterAll(() => limited.stop());

    it('runs 10 subscriptions on one socket and refuses the rest: 1,000 aliased ones give 10', async () => {
      const client = wsClient(undefined, limited);
      const subscriptions = Array.from({ length: 1000 }, (_, i) =>
        watch(client, `subscription { t${i}: thingChanged(thingId: "1") { n${i}: name } }`),
      );
      await waitFor(
        () => (subscriptions.filter((subscription) => subscription.error).length === 990 ? true : undefined),
        20_000,
        '990 refusals',
      );
      const running = subscriptions.filter((subscription) => !subscription.error);
      expect(running).toHaveLength(10);
      for (const subscription of running) await payloadCount(subscription, 1);
      expect(subscriptions.find((subscription) => subscription.error)?.error).toEqual([
        expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } }),
      ]);
      // Ten aliases of one selection: one group, one execution per live message.
      expect(limited.liveStats().subjects[THING_1]).toMatchObject({ subscribers: 10, groups: 1 });
      expect(running[3].payloads[0]).toEqual({ data: { t3: { n3: 'One' } } });
    }, 30_000);

    it('refuses sockets from one address beyond its cap: of 500 anonymous ones, 100 open', async () => {
      const attempts = await Promise.all(
        Array.from(
          { length: 500 },
          () =>
            new Promise<{ socket: WebSocket; status: number }>((resolve) => {
              const socket = new WebSocket(limited.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
              // connection_init at once: graphql-ws closes a socket that stays silent for 3 s, which
              // would give its place to another while the 500 are still connecting.
              socket.on('open', () => {
                socket.send(JSON.stringify({ type: 'connection_init' }));
                resolve({ socket, status: 101 });
              });
              socket.on('unexpected-response', (_request, reply) => resolve({ socket, status: reply.statusCode ?? 0 }));
              socket.on('error', () => undefined);
            }),
        ),
      );
      const opened = attempts.filter((attempt) => attempt.status === 101);
      expect(opened).toHaveLength(100);
      expect(attempts.filter((attempt) => attempt.status === 429)).toHaveLength(400);
      await Promise.all(
        opened.map(({ socket }) => new Promise((resolve) => (socket.once('close', resolve), socket.close()))),
      );
      // Closed sockets give their places back.
      const again = await openSocket(limited.url);
      again.socket.close();
    }, 30_000);
  });

  describe('in production mode', () => {
    let production: Gateway;

    beforeAll(async () => {
      production = await createGateway({
        // Production settings refuse the development secrets, which the things subgraphs share:
        // the gateway's production behaviour is tested with the test settings in production mode.
        config: { ...settings(), NODE_ENV: 'production' },
        bus,
        logger,
        liveFields: THING_LIVE_FIELDS,
      });
    });

    afterAll(() => production.stop());

    it('hides the schema: no introspection, no field suggestions', async () => {
      const introspection = await post({ query: '{ __schema { types { name } } }' }, {}, production.url);
      expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
      const typo = await post({ query: '{ thing(id: "1") { nam } }' }, {}, production.url);
      expect(typo.text).not.toMatch(/name/);
      expect((await post({ query: '{ __schema { types { name } } }' })).body.data).toBeDefined();
    });

    it('tells clients no more than that an internal error happened', async () => {
      const { body } = await post({ query: '{ broken thing(id: "missing") { id } }' }, {}, production.url);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Terjadi kesalahan pada sistem. Silakan coba lagi sebentar lagi.',
          path: ['broken'],
        }),
        expect.objectContaining({
          message: 'No thing missing',
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);
      expect(body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    });

    it('stops cleanly: sockets closed, subscriptions gone, port released', async () => {
      let closeCode: number | undefined;
      const client = createClient({
        url: production.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        on: { closed: (event) => (closeCode = (event as { code: number }).code) },
      });
      clients.push(client);
      const subscription = watch(client, 'subscription { thingChanged(thingId: "1") { name } }');
      await payloadCount(subscription, 1);
      expect(production.liveStats().subscribers).toBe(1);

      await production.stop();
      expect(production.liveStats()).toMatchObject({ subscribers: 0, groups: 0 });
      await waitFor(() => closeCode, 5000, 'the socket to close');
      expect(closeCode).toBe(1001);
      await expect(fetch(production.url.replace(/\/graphql$/, '/health/live'))).rejects.toThrow();
      expect(gateway.liveStats().subscribers).toBe(0);
    });
  });
});
