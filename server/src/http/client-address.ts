import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type ClientAddress = (request: IncomingMessage) => string;

/**
 * The client's address as Express computes it for `trust proxy` (false: the socket's peer; true, a hop
 * count, or proxy addresses: read X-Forwarded-For that far). Used for HTTP and for WebSocket upgrades,
 * which Express never sees. Behind nginx set TRUST_PROXY, or every client looks like the proxy.
 */
export function clientAddressFor(trustProxy: boolean | number | string): ClientAddress {
  const trust: (address: string, hop: number) => boolean =
    trustProxy === true
      ? () => true
      : trustProxy === false
        ? () => false
        : typeof trustProxy === 'number'
          ? (_address, hop) => hop < trustProxy
          : proxyAddr.compile(trustProxy.split(',').map((part) => part.trim()));
  return (request) => proxyAddr(request, trust) ?? 'unknown';
}
