import { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Logger } from '@antrian/logging';
import { waitForOutboxDrained } from '@antrian/messaging';
import { Readiness } from './readiness';

export interface GracefulShutdownOptions {
  /** How long requests in flight may take to finish before their connections are cut. */
  graceMs: number;
  /** How long the last outbox drain may take (NATS may be away: the events then wait in the outbox). */
  drainMs: number;
  logger?: Logger;
}

function optional<T>(app: INestApplication, token: abstract new (...args: never[]) => T): T | undefined {
  try {
    return app.get(token, { strict: false });
  } catch {
    return undefined;
  }
}

export const DEFAULT_SHUTDOWN: Omit<GracefulShutdownOptions, 'logger'> = { graceMs: 10_000, drainMs: 5_000 };

/**
 * Stops taking connections and resolves once every request in flight has been answered (or
 * `graceMs` has passed, when the connections left are cut). Keep-alive connections are closed as
 * soon as they fall idle, and every answer from now on says `Connection: close`.
 */
export function finishRequestsInFlight(server: Server, graceMs: number): Promise<'finished' | 'cut'> {
  if (!server.listening) return Promise.resolve('finished');
  return new Promise((resolve) => {
    const lastAnswers = (_request: unknown, response: { shouldKeepAlive: boolean }) => {
      response.shouldKeepAlive = false;
    };
    server.on('request', lastAnswers);
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      server.closeAllConnections();
      finish('cut');
    }, graceMs);
    let finished = false;
    function finish(outcome: 'finished' | 'cut') {
      if (finished) return;
      finished = true;
      clearInterval(idleSweep);
      clearTimeout(cut);
      server.off('request', lastAnswers);
      resolve(outcome);
    }
    server.close(() => finish('finished'));
    server.closeIdleConnections();
  });
}

/**
 * A subgraph's shutdown, in the order that loses nothing (SIGTERM in production, the launcher's
 * request under `npm start`):
 * 1. readiness answers 503 at once, so nothing new is sent here;
 * 2. the HTTP server stops listening and the requests in flight finish (their events reach the outbox);
 * 3. a last outbox drain: the relay, still running, publishes what they committed;
 * 4. Nest closes the application: the relay and Apollo stop, then the event consumers leave
 *    their groups (a handler under way finishes) and the database pool closes.
 */
export async function shutDownGracefully(app: INestApplication, options: GracefulShutdownOptions): Promise<void> {
  const { logger } = options;
  const started = Date.now();
  optional(app, Readiness)?.stopServing();
  const requests = await finishRequestsInFlight(app.getHttpServer() as Server, options.graceMs);
  if (requests === 'cut')
    logger?.warn({ graceMs: options.graceMs }, 'requests still running at the end of the grace period were cut');
  let left = 0;
  const dataSource = optional(app, DataSource);
  if (dataSource?.isInitialized) {
    left = await waitForOutboxDrained(dataSource, options.drainMs).catch(() => -1);
    if (left !== 0) logger?.warn({ left }, 'events stay in the outbox for the next relay');
  }
  await app.close();
  logger?.info({ ms: Date.now() - started, requests, outboxLeft: left }, 'stopped gracefully');
}
