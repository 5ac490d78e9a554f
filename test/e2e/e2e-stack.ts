import { randomBytes } from 'node:crypto';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { dropDatabase, withDatabase } from '@antrian/database';
import { createLogger, Logger } from '@antrian/logging';
import { GraphQLResponse, postGraphQL, testServerUrl, untilKnown } from '@antrian/testing';
import { launch, LaunchedStack } from '../../deploy/local/launch';
import { StackOptions, startStack } from '../../deploy/local/stack';
import { SUBGRAPHS } from '../../deploy/local/subgraph-registry';

export interface E2eClient {
  readonly stack: LaunchedStack;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  signIn(login: string, password: string): Promise<{ accessToken: string; refreshToken: string }>;
  /**
   * createOfficer, tried again while it answers NOT_FOUND: identity learns of a new office from
   * scheduling's event, a moment after the office is created. Fails the test on any other error.
   */
  createOfficer(input: Record<string, unknown>, token: string): Promise<{ id: string }>;
  /** A graphql-ws client on the gateway's URL, disposed after the file's tests. */
  ws(token?: string): Client;
}

export interface UseStackOptions {
  /** Settings on top of the tests' own (test mode, the in-process bus, warnings only). */
  env?: Record<string, string | undefined>;
  /** Start it as `npm start` does (`launch`: with the demo seeding in development mode). */
  launch?: boolean;
  logger?: Logger;
}

/** Options for a stack on the test server's databases under `prefix`, every port picked freely. */
export function e2eStackOptions(prefix: string, options: UseStackOptions = {}): StackOptions {
  return {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      NATS_URL: undefined,
      // Test runs share the machine's cores: a subgraph may take minutes to boot.
      SUBGRAPH_START_TIMEOUT_SECONDS: '170',
      ...options.env,
    },
    databaseUrl: testServerUrl(),
    databasePrefix: prefix,
    ports: { gateway: 0, ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])) },
    logger: options.logger ?? createLogger('e2e', 'warn'),
  };
}

export function e2ePrefix(): string {
  return `e2e_${randomBytes(3).toString('hex')}`;
}

export async function dropStackDatabases(prefix: string): Promise<void> {
  for (const subgraph of SUBGRAPHS) await dropDatabase(withDatabase(testServerUrl(), `${prefix}_${subgraph.name}`));
}

/**
 * The stack as `npm start` runs it (every subgraph in its own process, the gateway in front),
 * on the test server's databases under a fresh prefix, started before a file's tests and
 * stopped, with its databases dropped, after them.
 */
export function useStack(options: UseStackOptions = {}): E2eClient {
  const prefix = e2ePrefix();
  const clients: Client[] = [];
  let stack: LaunchedStack | undefined;

  beforeAll(async () => {
    const stackOptions = e2eStackOptions(prefix, options);
    stack = options.launch ? await launch(stackOptions) : { ...(await startStack(stackOptions)), demoData: false };
  }, 240_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await stack?.stop();
    await dropStackDatabases(prefix);
  }, 60_000);

  const client: E2eClient = {
    get stack() {
      if (!stack) throw new Error('The stack is not running yet');
      return stack;
    },
    gql: (query, variables = {}, token) =>
      postGraphQL(client.stack.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    ok: async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await client.gql<T>(query, variables, token);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data as T;
    },
    signIn: async (login, password) =>
      (
        await client.ok<{ signIn: { accessToken: string; refreshToken: string } }>(
          `mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken refreshToken } }`,
          { login, password },
        )
      ).signIn,
    createOfficer: async (input, token) => {
      const response = await untilKnown(
        () =>
          client.gql<{ createOfficer: { id: string } }>(
            `mutation ($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }`,
            { input },
            token,
          ),
        `identity to know office ${String(input.officeId)}`,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.createOfficer;
    },
    ws: (token) => {
      const ws = createClient({
        url: client.stack.gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
        retryAttempts: 0,
      });
      clients.push(ws);
      return ws;
    },
  };
  return client;
}
