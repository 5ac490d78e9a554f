import pino from 'pino';
import { DEV_SECRETS } from '@antrian/config';
import { InProcessEventBus } from '@antrian/messaging';
import { createGateway, Gateway } from './gateway';
import { loadGatewayConfig } from './config/gateway.config';
import { startThingsSubgraphs, THING_LIVE_FIELDS, ThingsSubgraphs } from './testing/things-subgraphs.fixture';

const logger = pino({ level: 'silent' });

/** The gateway's readiness follows its NATS connection (issue 11), unless told to serve on; it serves its metrics. */
describe('the gateway’s readiness and metrics', () => {
  let subgraphs: ThingsSubgraphs;
  let online = true;
  const bus = Object.assign(new InProcessEventBus(logger), { isOnline: () => online });
  const gateways: Gateway[] = [];
  const start = async (overrides: Record<string, string> = {}) => {
    const gateway = await createGateway({
      config: loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        SUPERGRAPH_PATH: subgraphs.supergraphPath,
        ...overrides,
      }),
      bus,
      logger,
      liveFields: THING_LIVE_FIELDS,
    });
    gateways.push(gateway);
    return gateway.url.replace(/\/graphql$/, '');
  };

  beforeAll(async () => {
    subgraphs = await startThingsSubgraphs(DEV_SECRETS.GATEWAY_PUBLIC_KEY);
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await bus.close();
    await subgraphs?.stop();
  });

  it('is not ready while NATS is away, unless READY_REQUIRES_NATS=false', async () => {
    const strict = await start();
    const lenient = await start({ READY_REQUIRES_NATS: 'false' });
    expect((await fetch(`${strict}/health/ready`)).status).toBe(200);
    online = false;
    try {
      expect((await fetch(`${strict}/health/ready`)).status).toBe(503);
      expect((await fetch(`${strict}/health/live`)).status).toBe(200);
      expect((await fetch(`${lenient}/health/ready`)).status).toBe(200);
    } finally {
      online = true;
    }
    expect((await fetch(`${strict}/health/ready`)).status).toBe(200);
  });

  it('serves its metrics, operations counted by name', async () => {
    const base = await start();
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Things { thing(id: "1") { id name } }' }),
    });
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^antrian_graphql_requests_total\{operation="Things",type="query"[^}]*\} \d+$/m);
    expect(text).toMatch(/^antrian_gateway_websockets_open(\{[^}]*\})? 0$/m);
    expect(text).toContain('# TYPE antrian_gateway_live_executions_total counter');
  });
});
