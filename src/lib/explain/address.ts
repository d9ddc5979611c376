/**
 * Address and port forms as the tools print them: `0.0.0.0:22`, `[::]:443`, `*:443`, `:::22` (net-tools),
 * `127.0.0.53%lo:53` (ss with an interface), `[fe80::1%eth0]:123`, and the BSD/macOS dot form `*.22`,
 * `::1.631`, `192.0.2.7.50312`, `*.*`.
 */
import { MAX_PORT } from '../port-number';
import type { Endpoint } from './types';

/** How a tool separates the port: Linux, Windows and lsof with a colon, BSD and macOS netstat with a dot. */
export type PortSeparator = ':' | '.';

function portValue(text: string): number | null | undefined {
  if (text === '*') return null;
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= MAX_PORT ? port : undefined;
}

function withZone(address: string, port: number | null): Endpoint {
  const percent = address.indexOf('%');
  if (percent < 0) return { address, port };
  return { address: address.slice(0, percent), port, zone: address.slice(percent + 1) };
}

/**
 * Reads `address<sep>port`. Returns null when the text is not such a pair (a host name with a service name,
 * such as `localhost:ipp`, is not: the tool asks for numeric output). A port of `*` gives `port: null`.
 */
export function parseEndpoint(text: string, separator: PortSeparator = ':'): Endpoint | null {
  if (text === '*' || text === '*:*' || text === '*.*') return { address: '*', port: null };
  if (text.startsWith('[')) {
    const match = /^\[([^\]]*)\](?::(\d+|\*))?$/.exec(text);
    if (!match) return null;
    const port = match[2] === undefined ? null : portValue(match[2]);
    return port === undefined ? null : withZone(match[1], port);
  }
  const at = text.lastIndexOf(separator);
  if (at < 0) return null;
  const port = portValue(text.slice(at + 1));
  if (port === undefined) return null;
  const address = text.slice(0, at);
  if (address === '' && separator === ':') return null;
  return withZone(address === '' ? '*' : address, port);
}

/** Where a socket's address lets it be reached from. */
export type AddressScope = 'any' | 'loopback' | 'specific';

/**
 * `any`: the wildcard address (every interface); `loopback`: only this machine (127.0.0.0/8, ::1, and
 * IPv4-mapped loopback); `specific`: one interface's address.
 */
export function addressScope(address: string): AddressScope {
  const lower = address.toLowerCase();
  if (lower === '*' || lower === '' || lower === '0.0.0.0' || lower === '::' || lower === '0:0:0:0:0:0:0:0' || lower === '::ffff:0.0.0.0') {
    return 'any';
  }
  if (lower.startsWith('127.') || lower === '::1' || lower === '0:0:0:0:0:0:0:1' || lower.startsWith('::ffff:127.') || lower === 'localhost') {
    return 'loopback';
  }
  return 'specific';
}
