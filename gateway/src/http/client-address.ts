import { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { TrustedProxies } from '../config/gateway.config';

/** The client's address behind one HTTP request or WebSocket upgrade; null when the socket has none. */
export type ClientAddressOf = (request: IncomingMessage) => string | null;

/**
 * The socket's peer, or, behind trusted proxies only (`TRUST_PROXY`), the address they put in
 * `X-Forwarded-For`: proxy-addr walks the header from the nearest hop and stops at the first
 * address it does not trust, so a client cannot choose its own address by sending the header.
 * The same function serves HTTP requests and WebSocket upgrades.
 */
export function clientAddressResolver(trusted: TrustedProxies): ClientAddressOf {
  const trust =
    trusted === false
      ? () => false
      : typeof trusted === 'number'
        ? (_address: string, hop: number) => hop < trusted
        : proxyAddr.compile(trusted);
  return (request) => {
    if (!request.socket.remoteAddress) return null;
    return proxyAddr(request, trust);
  };
}
