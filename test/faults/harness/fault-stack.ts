import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '@antrian/database';
import { freePort, testServerUrl } from '@antrian/testing';
import { FaultClient } from './fault-client';
import { ManagedProcess } from './managed-process';
import { NatsServer } from './nats-server';
import { runDir } from './run-dir';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SERVICES = ['identity', 'scheduling', 'counter'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface FaultStackOptions {
  /** Names the run folder and the databases (`faults_<label>_<hex>_<service>`). */
  label?: string;
  /** Subgraphs to start (default all three). Others are absent: their part of the graph fails. */
  services?: readonly ServiceName[];
  /** Start the gateway in front (default true). */
  gateway?: boolean;
  /** LOG_LEVEL of every process (default `warn`; `info` to assert on info lines). */
  logLevel?: string;
  /** Settings for every process, on top of the harness's. */
  env?: Record<string, string | undefined>;
  /** Settings for one process (`identity`, `scheduling`, `counter`, `gateway`). */
  processEnv?: Partial<Record<ServiceName | 'gateway', Record<string, string | undefined>>>;
}

/** What every process runs with: test mode (the development secrets), loopback, limits lifted. */
const BASE_ENV = {
  NODE_ENV: 'test',
  SWC_NODE_SOURCE_MAP_MODE: 'none',
  HOST: '127.0.0.1',
  GATEWAY_HOST: '127.0.0.1',
  DATABASE_POOL_SIZE: '10',
  // Every simulated client comes from 127.0.0.1.
  BOOKINGS_PER_ADDRESS: '1000000',
  RATE_LIMIT_PER_ADDRESS: '100000000',
  MAX_SOCKETS_PER_ADDRESS: '100000',
  CODE_LOOKUP_MAX_FAILURES: '1000000',
};

const started = new Set<FaultStack>();

/**
 * The system as production runs it, on loopback, for one fault test: a NATS server of its own,
 * one database per service (created on DATABASE_URL's server, dropped by `stop`), each subgraph
 * and the gateway as its own process (`node -r @swc-node/register …/main.ts`, NODE_ENV=test).
 * Every process is a `ManagedProcess` a test can kill, freeze, terminate and restart.
 */
export class FaultStack {
  readonly services: Partial<Record<ServiceName, ManagedProcess>> = {};
  gateway?: ManagedProcess;
  readonly client: FaultClient;
  private readonly ports: Record<string, number> = {};
  private readonly databases: Partial<Record<ServiceName, string>> = {};
  private stopped = false;

  private constructor(
    readonly runDir: string,
    readonly prefix: string,
    readonly nats: NatsServer,
    private readonly options: FaultStackOptions,
  ) {
    this.client = new FaultClient(() => this.gatewayUrl);
  }

  static async start(options: FaultStackOptions = {}): Promise<FaultStack> {
    const label = (options.label ?? 'stack').replace(/[^a-z0-9]/gi, '_').toLowerCase();
    const dir = runDir(label);
    const nats = await NatsServer.start(dir);
    const stack = new FaultStack(dir, `faults_${label}_${randomBytes(3).toString('hex')}`, nats, options);
    started.add(stack);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  subgraphUrl(service: ServiceName): string {
    return `http://127.0.0.1:${this.ports[service]}/graphql`;
  }

  databaseUrl(service: ServiceName): string {
    const url = this.databases[service];
    if (!url) throw new Error(`${service} is not part of this stack`);
    return url;
  }

  /** The process of a subgraph of this stack. */
  service(name: ServiceName): ManagedProcess {
    const managed = this.services[name];
    if (!managed) throw new Error(`${name} is not part of this stack`);
    return managed;
  }

  /** One SQL statement on a service's database (a connection of its own, closed after). */
  async sql<T = Record<string, unknown>>(service: ServiceName, text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl(service) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Stops every process (SIGKILL: nothing here needs a clean shutdown), drops the databases. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    started.delete(this);
    const all = [this.gateway, ...Object.values(this.services), this.nats.process];
    await Promise.all(all.map((managed) => managed?.dispose()));
    for (const url of Object.values(this.databases)) await dropDatabase(url).catch(() => undefined);
  }

  private async boot(): Promise<void> {
    const services = this.options.services ?? SERVICES;
    for (const name of [...SERVICES, 'gateway']) this.ports[name] = await freePort();
    await Promise.all(
      services.map(async (name) => {
        const url = withDatabase(testServerUrl(), `${this.prefix}_${name}`);
        await ensureDatabase(url);
        this.databases[name] = url;
        this.services[name] = this.subgraphProcess(name, url);
      }),
    );
    // One at a time: on a shared two-core machine three compiling processes at once take longer.
    for (const name of services) await this.services[name]!.start();
    if (this.options.gateway ?? true) {
      this.gateway = this.nodeProcess('gateway', 'gateway/src/main.ts', {
        GATEWAY_PORT: String(this.ports.gateway),
        ...Object.fromEntries(SERVICES.map((name) => [`${name.toUpperCase()}_URL`, this.subgraphUrl(name)])),
        ...this.options.processEnv?.gateway,
      });
      await this.gateway.start();
    }
  }

  private subgraphProcess(name: ServiceName, databaseUrl: string): ManagedProcess {
    return this.nodeProcess(name, `services/${name}/src/main.ts`, {
      PORT: String(this.ports[name]),
      DATABASE_URL: databaseUrl,
      ...this.options.processEnv?.[name],
    });
  }

  private nodeProcess(name: string, entry: string, env: Record<string, string | undefined>): ManagedProcess {
    const port = name === 'gateway' ? this.ports.gateway : this.ports[name];
    return new ManagedProcess({
      name,
      command: process.execPath,
      args: ['-r', join(__dirname, 'orphan-guard.js'), '-r', '@swc-node/register', join(REPO_ROOT, entry)],
      cwd: REPO_ROOT,
      runDir: this.runDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...BASE_ENV,
        LOG_LEVEL: this.options.logLevel ?? 'warn',
        NATS_URL: this.nats.url,
        ...this.options.env,
        ...env,
      },
      ready: async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok,
      readyTimeoutMs: 180_000,
    });
  }
}

/** Stops every stack of this test file still running (for an `afterAll`/`afterEach` safety net). */
export async function stopAllStacks(): Promise<void> {
  await Promise.all([...started].map((stack) => stack.stop()));
}

/** Runs `test` on a fresh stack and stops the stack afterwards, whether the test passed or not. */
export async function withFaultStack<T>(
  options: FaultStackOptions,
  test: (stack: FaultStack) => Promise<T>,
): Promise<T> {
  const stack = await FaultStack.start(options);
  try {
    return await test(stack);
  } finally {
    await stack.stop();
  }
}
