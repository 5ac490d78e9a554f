import { IncomingMessage } from 'node:http';
import { loadGatewayConfig } from '../config/gateway.config';
import { clientAddressResolver } from './client-address';

function request(peer: string | undefined, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  } as unknown as IncomingMessage;
}

const resolverFor = (TRUST_PROXY?: string) => clientAddressResolver(loadGatewayConfig({ TRUST_PROXY }).TRUST_PROXY);

describe('clientAddressResolver', () => {
  it('takes the socket’s peer and ignores X-Forwarded-For unless TRUST_PROXY says so', () => {
    expect(resolverFor()(request('203.0.113.9', '198.51.100.1'))).toBe('203.0.113.9');
    expect(resolverFor('false')(request('10.0.0.2', '198.51.100.1'))).toBe('10.0.0.2');
    expect(resolverFor()(request(undefined))).toBeNull();
  });

  it('trusts as many hops as TRUST_PROXY counts, and no more', () => {
    const oneHop = resolverFor('1');
    expect(oneHop(request('10.0.0.2', '198.51.100.1'))).toBe('198.51.100.1');
    // The client wrote its own header; the load balancer appended what it saw.
    expect(oneHop(request('10.0.0.2', '192.0.2.66, 198.51.100.1'))).toBe('198.51.100.1');
    expect(resolverFor('2')(request('10.0.0.2', '192.0.2.66, 198.51.100.1'))).toBe('192.0.2.66');
  });

  it('trusts only the listed proxies', () => {
    const listed = resolverFor('10.0.0.0/8, loopback');
    expect(listed(request('10.0.0.2', '192.0.2.66, 198.51.100.1'))).toBe('198.51.100.1');
    expect(listed(request('203.0.113.9', '198.51.100.1'))).toBe('203.0.113.9');
    expect(listed(request('127.0.0.1', '10.0.0.3, 198.51.100.1'))).toBe('198.51.100.1');
  });

  it('refuses a setting that would let any client choose its address, or that is not an address', () => {
    expect(() => resolverFor('true')).toThrow(/TRUST_PROXY/);
    expect(() => resolverFor('not-an-address')).toThrow(/TRUST_PROXY/);
  });
});
