import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Controller, Get, Module, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { shutDownGracefully } from './graceful-shutdown';
import { Readiness } from './readiness';

const steps: string[] = [];
let started = 0;
/** Requests wait here until the test lets them go: in flight for as long as it likes. */
let gate: Promise<void> = Promise.resolve();

@Controller()
class SlowController {
  @Get('slow')
  async slow() {
    started++;
    await gate;
    await sleep(50);
    steps.push('answered');
    return { ok: true };
  }
}

/** Stands for the outbox relay and Apollo (destroy hooks) and the consumers and pool (shutdown hooks). */
class Lifecycle implements OnModuleDestroy, OnApplicationShutdown {
  onModuleDestroy() {
    steps.push('relay stopped');
  }
  onApplicationShutdown() {
    steps.push('consumers and pool closed');
  }
}

@Module({ controllers: [SlowController], providers: [Readiness, Lifecycle] })
class SlowModule {}

describe('a subgraph stopping gracefully', () => {
  let app: INestApplication;
  let url: string;
  let openGate: () => void = () => undefined;

  beforeEach(async () => {
    steps.length = 0;
    started = 0;
    gate = new Promise<void>((resolve) => (openGate = resolve));
    app = await NestFactory.create(SlowModule, { logger: false, abortOnError: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    if (app.getHttpServer().listening) await app.close();
  });

  it('claim: 16 requests in flight at SIGTERM all finish, before the relay, consumers and pool stop', async () => {
    const inFlight = Array.from({ length: 16 }, () => fetch(`${url}/slow`).then((response) => response.status));
    while (started < 16) await sleep(10);
    const stopping = shutDownGracefully(app, { graceMs: 10_000, drainMs: 100 });
    // Readiness turns at once, before anything else happens.
    expect(app.get(Readiness).accepting).toBe(false);
    await sleep(100);
    expect(steps).toEqual([]);
    openGate();
    const statuses = await Promise.all(inFlight);
    await stopping;
    expect(statuses).toEqual(Array(16).fill(200));
    expect(steps.filter((step) => step === 'answered')).toHaveLength(16);
    expect(steps.slice(16)).toEqual(['relay stopped', 'consumers and pool closed']);
    // And no new connection is taken.
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
  });

  it('cuts what still runs after the grace period, and stops all the same', async () => {
    const slow = fetch(`${url}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    while (started < 1) await sleep(10);
    const stoppingAt = Date.now();
    await shutDownGracefully(app, { graceMs: 100, drainMs: 100 });
    expect(Date.now() - stoppingAt).toBeLessThan(1000);
    expect(await slow).toBe('cut');
    openGate();
  });
});
