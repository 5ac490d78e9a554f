import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, Identity, IdentityHeaderSigner, IdentityHeaderVerifier } from '@antrian/auth';
import { DEV_SECRETS } from '@antrian/config';
import { GatewayContext } from './gateway-context';
import { IdentityForwardingDataSource, isUnanswered } from './identity-forwarding.data-source';

const applicant: Identity = { sub: 'applicant-1', kind: 'applicant', roles: [], officeId: null };
const things = new IdentityHeaderVerifier(DEV_SECRETS.GATEWAY_PUBLIC_KEY, 'things');

function outgoingRequest(identity: Identity | null, clientHeader?: string, language?: 'INDONESIAN' | 'ENGLISH') {
  const headers = new Headers(clientHeader ? { [IDENTITY_HEADER]: clientHeader } : {});
  const request = { query: '{ me { __typename } }', http: { method: 'POST', url: 'http://subgraph', headers } };
  const options = {
    request,
    context: { identity, clientAddress: '198.51.100.4', ...(language ? { language } : {}) },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  return { options, headers };
}

describe('IdentityForwardingDataSource', () => {
  const source = new IdentityForwardingDataSource(
    'http://subgraph/graphql',
    new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY),
    'things',
  );

  it('signs the verified identity and the client address for this subgraph, afresh for every request', async () => {
    const { options, headers } = outgoingRequest(applicant, 'forged');
    await source.willSendRequest(options);
    const first = await things.verify(headers.get(IDENTITY_HEADER) ?? '');
    expect(first).toMatchObject({ identity: applicant, clientAddress: '198.51.100.4' });
    await source.willSendRequest(options);
    const second = await things.verify(headers.get(IDENTITY_HEADER) ?? '');
    expect(second.headerId).not.toBe(first.headerId);
    await expect(
      new IdentityHeaderVerifier(DEV_SECRETS.GATEWAY_PUBLIC_KEY, 'extras').verify(headers.get(IDENTITY_HEADER) ?? ''),
    ).rejects.toThrow();
  });

  it('signs an anonymous caller as anonymous, even one that supplied its own header', async () => {
    const { options, headers } = outgoingRequest(null, 'forged');
    await source.willSendRequest(options);
    expect(await things.verify(headers.get(IDENTITY_HEADER) ?? '')).toMatchObject({
      identity: null,
      clientAddress: '198.51.100.4',
    });
  });

  it('tells the subgraph the caller’s language, never the client’s own header as it came', async () => {
    const english = outgoingRequest(applicant, undefined, 'ENGLISH');
    english.headers.set('accept-language', 'fr-FR, en;q=0.1');
    await source.willSendRequest(english.options);
    expect(english.headers.get('accept-language')).toBe('en');
    const byDefault = outgoingRequest(applicant);
    await source.willSendRequest(byDefault.options);
    expect(byDefault.headers.get('accept-language')).toBe('id');
  });
});

describe('IdentityForwardingDataSource timeout', () => {
  let frozen: Server;
  let url: string;

  beforeAll(async () => {
    // A subgraph that takes requests and never answers, like a process stopped with SIGSTOP.
    frozen = createServer(() => undefined);
    await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(frozen.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    frozen.closeAllConnections();
    await new Promise((resolve) => frozen.close(resolve));
  });

  function operation() {
    return outgoingRequest(applicant).options;
  }

  it('gives up on a subgraph that does not answer within its timeout, with SERVICE_UNAVAILABLE', async () => {
    const source = new IdentityForwardingDataSource(
      url,
      new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY),
      'things',
      300,
    );
    const started = Date.now();
    const error = await source.process(operation()).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect((error as GraphQLError).message).not.toMatch(/127\.0\.0\.1|abort|timeout/i);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3000);
  });

  it('says SERVICE_UNAVAILABLE for a subgraph that refuses the connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const source = new IdentityForwardingDataSource(
      `http://127.0.0.1:${port}/graphql`,
      new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY),
      'things',
    );
    await expect(source.process(operation())).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('follows no redirect from a subgraph: the signed header and the operation go nowhere else', async () => {
    let reachedElsewhere = 0;
    const elsewhere = createServer((_request, response) => {
      reachedElsewhere += 1;
      response.end('{"data":{}}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/graphql`;
    const redirecting = createServer((_request, response) => {
      response.writeHead(307, { location: target });
      response.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const source = new IdentityForwardingDataSource(
        `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/graphql`,
        new IdentityHeaderSigner(DEV_SECRETS.GATEWAY_PRIVATE_KEY),
        'things',
      );
      await expect(source.process(operation())).rejects.toThrow();
      expect(reachedElsewhere).toBe(0);
    } finally {
      for (const server of [elsewhere, redirecting]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });

  it('tells unanswered requests from answered errors', () => {
    expect(isUnanswered(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(true);
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(isUnanswered(Object.assign(new TypeError('fetch failed'), { cause: refused }))).toBe(true);
    expect(isUnanswered(new Error('400: Bad Request'))).toBe(false);
  });
});
