import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema } from 'graphql';
import { Logger } from '@antrian/logging';
import { DEFAULT_SHUTDOWN, GracefulShutdownOptions, shutDownGracefully } from './graceful-shutdown';
import { traceHttpRequests } from '@antrian/observability';
import { SUBGRAPH_NAME } from './subgraph-graphql.module';

/** Nest's own messages go through the service's pino logger (and its redaction). */
export function nestLogger(logger: Logger): LoggerService {
  return {
    log: (message: unknown) => logger.debug(String(message)),
    error: (message: unknown, trace?: string) => logger.error({ trace }, String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    debug: (message: unknown) => logger.debug(String(message)),
    verbose: (message: unknown) => logger.trace(String(message)),
  };
}

export interface RunningSubgraph {
  app: INestApplication;
  url: string;
  /** Its name in the supergraph. */
  name: string;
  close(): Promise<void>;
}

export async function createSubgraphApp(module: unknown, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module as never, {
    logger: nestLogger(logger),
    abortOnError: false,
  });
  // The gateway already caps client requests; this only bounds what a subgraph will parse.
  app.useBodyParser('json', { limit: '1mb' });
  // A span per request, continuing the gateway's trace (nothing when tracing is off).
  app.use(traceHttpRequests());
  return app;
}

/**
 * Listens, and returns the running subgraph, whose `close()` is the graceful shutdown
 * (readiness 503, requests in flight finished, a last outbox drain, then consumers and pool).
 */
export async function listenSubgraph(
  app: INestApplication,
  port: number,
  host: string,
  shutdown: Partial<GracefulShutdownOptions> = {},
): Promise<RunningSubgraph> {
  await app.listen(port, host);
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}/graphql`,
    name: app.get<string>(SUBGRAPH_NAME, { strict: false }),
    close: () => shutDownGracefully(app, { ...DEFAULT_SHUTDOWN, ...shutdown }),
  };
}

/**
 * The subgraph's SDL with its federation directives, as composition wants it. Sorted, because
 * the order in which Nest registers types may vary from one start to the next, and the printed
 * file is committed and compared in CI.
 */
export function printSubgraphSdl(app: INestApplication): string {
  return printSubgraphSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
}
