import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { DEV_SECRETS } from '@antrian/config';
import { configureMetrics, startTracing, Tracing } from '@antrian/observability';
import { applicantInput, freePort, GraphQLResponse, postGraphQL, sessionSlot, waitFor } from '@antrian/testing';
import { natsServerAvailable, NatsServerProcess } from '../../libs/messaging/test/nats-server-process';
import { useStack } from './e2e-stack';

/** A span as OTLP/JSON carries it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** An OTLP/HTTP (JSON) trace receiver: where the subgraph processes send their spans. */
function startOtlpReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      type Attribute = { key: string; value: { stringValue?: string } };
      const payload = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: Attribute[] };
          scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
        }[];
      };
      for (const resourceSpans of payload.resourceSpans) {
        const service =
          resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans }),
    ),
  );
}

/** The sum of a metric's samples whose labels include `labels`, in Prometheus's text format. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let sum: number | undefined;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const own = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => own[key] === value)) sum = (sum ?? 0) + Number(match[4]);
  }
  return sum;
}

const traceparent = () => ({
  traceId: randomBytes(16).toString('hex'),
  header: (traceId: string) => `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
});

/**
 * One booking, one check-in and one call through the whole stack (every subgraph a process of
 * its own, NATS between them): every process's `/metrics` shows each metric of the issue moving,
 * and the check-in's trace runs from the gateway through counter, its database, its outbox, NATS
 * and scheduling's consumer to the board's live execution at the gateway.
 */
(natsServerAvailable() ? describe : describe.skip)('metrics and traces across the stack', () => {
  const exporter = new InMemorySpanExporter();
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let tracing: Tracing;
  let nats: NatsServerProcess;
  let natsStore: string;
  const env: Record<string, string> = { OTEL_BSP_SCHEDULE_DELAY: '100' };

  beforeAll(async () => {
    // A NATS server of its own: no durable consumer remembers another run's events.
    natsStore = await mkdtemp(join(tmpdir(), 'nats-observability-'));
    nats = new NatsServerProcess(await freePort(), natsStore);
    await nats.start();
    env.NATS_URL = nats.url;
    receiver = await startOtlpReceiver();
    env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    // The gateway runs in this process: its spans go to the in-memory exporter.
    configureMetrics('gateway');
    tracing = startTracing({ serviceName: 'gateway', exporter });
  });
  const e2e = useStack({ env });
  afterAll(async () => {
    await tracing?.shutdown();
    await new Promise((resolve) => receiver?.server.close(resolve));
    await nats?.stop();
    if (natsStore) await rm(natsStore, { recursive: true, force: true });
  });

  const scrape = async () => {
    const base = (url: string) => url.replace(/\/graphql$/, '');
    const entries = await Promise.all(
      Object.entries({ gateway: e2e.stack.gatewayUrl, ...e2e.stack.subgraphs }).map(async ([name, url]) => {
        const response = await fetch(`${base(url)}/metrics`);
        expect(response.status).toBe(200);
        return [name, await response.text()] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<'gateway' | 'identity' | 'scheduling' | 'counter', string>;
  };

  it('moves every metric, and traces a check-in from the gateway to the board’s live execution', async () => {
    const { ok, gql } = e2e;
    const admin = (await e2e.signIn(DEV_SECRETS.BOOTSTRAP_ADMIN_NIP, DEV_SECRETS.BOOTSTRAP_ADMIN_PASSWORD)).accessToken;
    const officeId = (
      await ok<{ createOffice: { id: string } }>(
        `mutation { createOffice(input: { code: "OBS", name: "Kantor Imigrasi Observasi", timeZone: "Asia/Jakarta" }) { id } }`,
        {},
        admin,
      )
    ).createOffice.id;
    await e2e.createOfficer(
      {
        nip: '198801012015011091',
        fullName: 'Petugas Satu',
        officeId,
        roles: ['SUPERVISOR', 'RECEPTION'],
        password: 'officer-password',
      },
      admin,
    );
    const officer = (await e2e.signIn('198801012015011091', 'officer-password')).accessToken;
    const counterId = await waitFor(
      async () =>
        (
          await gql<{ createCounter: { id: string } }>(
            `mutation ($input: CreateCounterInput!) { createCounter(input: $input) { id } }`,
            { input: { officeId, name: 'Loket 1', stages: ['RECEPTION'] } },
            officer,
          )
        ).data?.createCounter.id,
      20_000,
      'the floor to know the office',
    );
    await ok(`mutation ($id: ID!) { openCounter(counterId: $id) { id } }`, { id: counterId }, officer);
    const { startsAt, endsAt } = sessionSlot('Asia/Jakarta', new Date(Date.now() + 30 * 60_000), 3_600_000);
    const sessionId = (
      await ok<{ addSession: { id: string } }>(
        `mutation ($input: AddSessionInput!) { addSession(input: $input) { id } }`,
        { input: { officeId, startsAt, endsAt, capacity: 10 } },
        officer,
      )
    ).addSession.id;
    const input = applicantInput();
    await ok(`mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`, { input });
    const applicant = (await e2e.signIn(String(input.email), String(input.password))).accessToken;

    // A public board watches the office.
    const board: unknown[] = [];
    e2e.ws().subscribe(
      {
        query: `subscription Board($officeId: ID!) { queueBoardChanged(officeId: $officeId) { queues { stage waiting } } }`,
        variables: { officeId },
      },
      { next: (payload) => void board.push(payload), error: () => undefined, complete: () => undefined },
    );
    await waitFor(() => (board.length ? true : undefined), 20_000, 'the board');

    const before = await scrape();

    // The booking, a refused check-in (an error), the check-in and a call.
    const booking = (
      await ok<{ bookSession: { code: string } }>(
        `mutation Book($input: BookSessionInput!) { bookSession(input: $input) { code } }`,
        { input: { sessionId, service: 'NEW_ELECTRONIC', idempotencyKey: 'observability' } },
        applicant,
      )
    ).bookSession;
    const checkIn = (headers: Record<string, string>, token: string) =>
      postGraphQL<{ checkIn: { id: string } }>(
        e2e.stack.gatewayUrl,
        `mutation CheckIn($input: CheckInInput!) { checkIn(input: $input) { id } }`,
        { input: { officeId, bookingCode: booking.code } },
        { authorization: `Bearer ${token}`, ...headers },
      );
    expect((await checkIn({}, applicant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Counter learns of the booking from scheduling's event; each try is a trace of its own.
    const traceId = await waitFor(
      async () => {
        const trace = traceparent();
        const response: GraphQLResponse = await checkIn({ traceparent: trace.header(trace.traceId) }, officer);
        return response.errors ? undefined : trace.traceId;
      },
      20_000,
      'the check-in',
    );
    await ok(`mutation Call($id: ID!) { callNext(counterId: $id) { id } }`, { id: counterId }, officer);

    // Metrics: each one moved, in the process that owns it.
    const after = await waitFor(
      async () => {
        const now = await scrape();
        const grew = (process: keyof typeof now, name: string, by: number, labels: Record<string, string> = {}) =>
          (sample(now[process], name, labels) ?? 0) - (sample(before[process], name, labels) ?? 0) >= by;
        const settled =
          grew('scheduling', 'antrian_outbox_published_total', 1) &&
          // The check-in's event and the call's.
          grew('counter', 'antrian_outbox_published_total', 2) &&
          grew('counter', 'antrian_consumer_events_total', 1, { outcome: 'applied' }) &&
          grew('scheduling', 'antrian_consumer_events_total', 1, { outcome: 'applied' });
        return settled ? now : undefined;
      },
      20_000,
      'the events to be relayed and consumed',
    );
    const delta = (process: keyof typeof after, name: string, labels: Record<string, string> = {}) =>
      (sample(after[process], name, labels) ?? 0) - (sample(before[process], name, labels) ?? 0);

    expect(delta('scheduling', 'antrian_bookings_total')).toBe(1);
    expect(delta('counter', 'antrian_check_ins_total', { kind: 'booked' })).toBe(1);
    expect(delta('counter', 'antrian_calls_total')).toBe(1);
    expect(delta('gateway', 'antrian_graphql_requests_total', { operation: 'Book', type: 'mutation' })).toBe(1);
    expect(delta('gateway', 'antrian_graphql_errors_total', { operation: 'CheckIn', code: 'FORBIDDEN' })).toBe(1);
    expect(
      delta('gateway', 'antrian_graphql_request_duration_seconds_count', { operation: 'CheckIn' }),
    ).toBeGreaterThanOrEqual(2);
    expect(delta('scheduling', 'antrian_graphql_requests_total', { type: 'mutation' })).toBeGreaterThanOrEqual(1);
    expect(
      delta('counter', 'antrian_graphql_request_duration_seconds_count', { type: 'mutation' }),
    ).toBeGreaterThanOrEqual(2);
    expect(delta('identity', 'antrian_graphql_requests_total')).toBeGreaterThanOrEqual(0);
    expect(delta('gateway', 'antrian_gateway_live_messages_total')).toBeGreaterThanOrEqual(1);
    expect(delta('gateway', 'antrian_gateway_live_executions_total', { cause: 'message' })).toBeGreaterThanOrEqual(1);
    expect(sample(after.gateway, 'antrian_gateway_websockets_open')).toBeGreaterThanOrEqual(1);
    expect(sample(after.gateway, 'antrian_gateway_subscriptions_open')).toBeGreaterThanOrEqual(1);
    expect(sample(after.gateway, 'antrian_gateway_live_groups')).toBeGreaterThanOrEqual(1);
    expect(delta('scheduling', 'antrian_outbox_published_total')).toBeGreaterThanOrEqual(1);
    expect(delta('counter', 'antrian_outbox_published_total')).toBeGreaterThanOrEqual(2);
    for (const process of ['identity', 'scheduling', 'counter'] as const) {
      expect(sample(after[process], 'antrian_outbox_backlog')).toBeGreaterThanOrEqual(0);
      expect(sample(after[process], 'antrian_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
      expect(sample(after[process], 'antrian_dead_letters_open')).toBeGreaterThanOrEqual(0);
      expect(sample(after[process], 'antrian_reconciliation_cases_open')).toBeGreaterThanOrEqual(0);
      expect(sample(after[process], 'process_resident_memory_bytes')).toBeGreaterThan(0);
    }
    // Counter's consumer of scheduling's events applied the booking; its lag is measured per durable.
    expect(delta('counter', 'antrian_consumer_events_total', { outcome: 'applied' })).toBeGreaterThanOrEqual(1);
    expect(after.counter).toMatch(/antrian_consumer_lag\{[^}]*durable="[^"]+"[^}]*\} \d+/);
    expect(delta('scheduling', 'antrian_consumer_events_total', { outcome: 'applied' })).toBeGreaterThanOrEqual(1);

    // The trace: the check-in at the gateway, counter's request, its SQL, the outbox's publish,
    // scheduling's consumer, and the board's live execution back at the gateway.
    const gatewaySpans = await waitFor(
      () => {
        const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
        return spans.some((span) => span.name === 'live execution') ? spans : undefined;
      },
      20_000,
      'the board’s live execution in the check-in’s trace',
    );
    expect(gatewaySpans.map((span) => span.name)).toEqual(expect.arrayContaining(['POST /graphql', 'live execution']));
    const received = await waitFor(
      () => {
        const spans = receiver.spans.filter((span) => span.traceId === traceId);
        const names = spans.map((span) =>
          `${span.service}: ${span.name.split(' ')[0]} ${span.name.split(' ')[1] ?? ''}`.trim(),
        );
        return names.includes('scheduling: consume counter.ticket.checked_in') ? spans : undefined;
      },
      20_000,
      'counter’s and scheduling’s spans of the check-in',
    );
    const names = received.map((span) => `${span.service}: ${span.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'counter: POST /graphql',
        'counter: publish counter.ticket.checked_in',
        'scheduling: consume counter.ticket.checked_in',
      ]),
    );
    // The database: pg's spans of counter's transaction.
    expect(received.some((span) => span.service === 'counter' && /^pg\.query/.test(span.name))).toBe(true);
  }, 180_000);
});
