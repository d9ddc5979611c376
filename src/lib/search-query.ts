/**
 * The one search-query parser, shared by the header box, the home page box and the search page.
 * It decides, before any index is loaded, whether a query is a port number (go straight to its page),
 * a span of ports, something that looks like a port but is not one (say why), or words to search for.
 * A person typed the query, so "080" reads as port 80 and "+80" as 80 (see parsePort's leading zeros).
 */
import { MAX_PORT, parsePort, PROTOCOLS, type Protocol } from './port-number';

export type { Protocol } from './port-number';

export const MAX_QUERY_LENGTH = 200;
/** How much of a paste is read for port addresses: a few dozen netstat lines. */
export const MAX_PASTE_LENGTH = 4000;

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'port'; port: number; protocol: Protocol | null }
  | { kind: 'span'; start: number; end: number }
  /** Several ports at once: "135 445", or the addresses in a pasted netstat or ss line. */
  | { kind: 'list'; ports: number[]; dropped: number }
  | { kind: 'invalid'; input: string; reason: string }
  | { kind: 'words'; text: string };

const PROTOCOL = `(${PROTOCOLS.join('|')})`;
const NUMBER = '([+-]?\\d+)';

/** Strips control characters and bidirectional overrides, folds whitespace and caps the length. */
export function normaliseQuery(raw: string, limit = MAX_QUERY_LENGTH): string {
  return raw
    .slice(0, limit * 4)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limit);
}

function explainNumber(text: string): string | null {
  if (/^[+-]?\d+$/.test(text)) {
    const value = Number(text);
    if (text.startsWith('-')) return `Port numbers are never negative; they run from 0 to ${MAX_PORT}.`;
    if (value > MAX_PORT) return `${text.replace(/^\+/, '')} is above ${MAX_PORT}, the highest port number; ports run from 0 to ${MAX_PORT}.`;
    return null;
  }
  if (/^0x[0-9a-f]+$/i.test(text)) return `Write port numbers in decimal: ${text} is ${Number(text)} in decimal${Number(text) > MAX_PORT ? `, above ${MAX_PORT}` : ''}. Ports run from 0 to ${MAX_PORT}.`;
  if (/^\d+(\.\d+)?e\d+$/i.test(text) || /^\d+\.\d+$/.test(text)) return `Port numbers are whole numbers written out in full, from 0 to ${MAX_PORT}.`;
  return null;
}

function portOrInvalid(text: string, protocol: Protocol | null): ParsedQuery {
  const reason = explainNumber(text);
  if (reason) return { kind: 'invalid', input: text, reason };
  const port = parsePort(text.replace(/^\+/, ''), { allowLeadingZeros: true });
  if (port === null) return { kind: 'invalid', input: text, reason: `Ports run from 0 to ${MAX_PORT}.` };
  return { kind: 'port', port, protocol };
}

/** The most ports one list query shows; a longer paste belongs in the explain tool. */
export const MAX_LIST_PORTS = 64;

// The address forms that netstat, ss, lsof and browsers print before a port: IPv4 with an optional
// %scope, a bracketed IPv6 address, a bare IPv6 address containing "::" (net-tools netstat prints
// ":::22"), "*", "localhost", or a URL's host. BSD and macOS netstat separate the port with a dot.
const IPV4 = '(?:\\d{1,3}\\.){3}\\d{1,3}(?:%[\\w.-]+)?';
const ADDRESS_PORT = new RegExp(
  `^(?:${IPV4}[:.]|\\[[0-9a-f:.%\\w-]*\\][:.]|[0-9a-f:]*::[0-9a-f:]*(?:%[\\w.-]+)?[:.]|\\*[:.]|localhost:|[a-z][\\w+.-]*://[^\\s/:]+:)(\\d{1,5})(?:/\\S*)?$`,
  'i',
);
/** Words of a pasted netstat or ss line that say which protocol the addresses on it use. */
const LINE_PROTOCOL = /^(tcp|udp)[46]?$/i;

/** The ports named by address tokens in a pasted line ("0.0.0.0:49664", "[::]:135"), without port 0. */
function addressPorts(tokens: string[]): number[] {
  const ports: number[] = [];
  for (const token of tokens) {
    const match = ADDRESS_PORT.exec(token);
    if (!match) continue;
    const port = Number(match[1]);
    if (port > 0 && port <= MAX_PORT) ports.push(port);
  }
  return ports;
}

function portsQuery(found: number[], protocol: Protocol | null): ParsedQuery {
  const ports = [...new Set(found)];
  if (ports.length === 1) return { kind: 'port', port: ports[0], protocol };
  return { kind: 'list', ports: ports.slice(0, MAX_LIST_PORTS), dropped: Math.max(0, ports.length - MAX_LIST_PORTS) };
}

/** Several ports in one query: pasted addresses, or numbers separated by spaces or commas. */
function parsePorts(text: string): ParsedQuery | null {
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const fromAddresses = addressPorts(tokens);
  if (fromAddresses.length > 0) {
    const protocols = new Set(tokens.filter((token) => LINE_PROTOCOL.test(token)).map((token) => token.slice(0, 3).toLowerCase() as Protocol));
    return portsQuery(fromAddresses, protocols.size === 1 ? [...protocols][0] : null);
  }
  if (tokens.length < 2 || !tokens.every((token) => /^\d+$/.test(token))) return null;
  const tooHigh = tokens.find((token) => Number(token) > MAX_PORT);
  if (tooHigh) return { kind: 'invalid', input: text, reason: `${tooHigh} is above ${MAX_PORT}, the highest port number; ports run from 0 to ${MAX_PORT}.` };
  return portsQuery(tokens.map(Number), null);
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseQuery(raw);
  if (!text) return { kind: 'empty' };
  const lower = text.toLowerCase();

  // "60023", ":60023", "port 60023", "port:60023", "60023/tcp", "tcp/60023", "udp 53", "53 udp", "+80"
  let match = new RegExp(`^(?:port\\s*:?\\s*)?:?${NUMBER}(?:\\s*[/ ]\\s*${PROTOCOL})?$`).exec(lower);
  if (match) return portOrInvalid(match[1], (match[2] as Protocol | undefined) ?? null);
  match = new RegExp(`^${PROTOCOL}\\s*[/ :]\\s*(?:port\\s*)?${NUMBER}$`).exec(lower);
  if (match) return portOrInvalid(match[2], match[1] as Protocol);

  // "6000-6063", "6000–6063", "6000 to 6063", "6000..6063"
  match = /^(?:ports?\s*)?(\d+)\s*(?:-|–|—|\.\.|to)\s*(\d+)$/.exec(lower);
  if (match) {
    const start = parsePort(match[1], { allowLeadingZeros: true });
    const end = parsePort(match[2], { allowLeadingZeros: true });
    if (start === null || end === null) {
      return { kind: 'invalid', input: text, reason: `Ports run from 0 to ${MAX_PORT}; ${start === null ? match[1] : match[2]} is out of range.` };
    }
    if (start > end) return { kind: 'invalid', input: text, reason: `A span starts with its lower number: try ${end}–${start}.` };
    return { kind: 'span', start, end };
  }

  const ports = parsePorts(normaliseQuery(raw, MAX_PASTE_LENGTH));
  if (ports) return ports;
  if (new RegExp(`^${IPV4}$`).test(text)) return { kind: 'invalid', input: text, reason: `${text} is an address without a port: add the port after a colon, as in ${text}:22.` };

  // Hex and exponent forms look like numbers but are not how ports are written.
  const reason = explainNumber(lower);
  if (reason) return { kind: 'invalid', input: text, reason };

  return { kind: 'words', text };
}

/** Lower-case runs of letters and digits: the words of a query or of a highlighted excerpt. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a result's highlighted words (Pagefind's <mark>s) really match the query. Pagefind also returns
 * pages for a stray letter or a distant prefix ("qzxvkj" finds a "Q"); such a page is unrelated, and the
 * reader is better told that nothing matched. A highlighted word counts when it shares its first four
 * letters (or the whole of a shorter query word) with a query word, which keeps stems such as
 * "printing" → "printer". A result with no highlight at all is kept: there is nothing to judge it by.
 */
export function isCloseMatch(query: string, highlighted: readonly string[]): boolean {
  const marks = highlighted.flatMap(wordsOf);
  if (marks.length === 0) return true;
  const queryWords = wordsOf(query);
  return marks.some((mark) =>
    queryWords.some((word) => {
      const needed = Math.min(4, word.length);
      let shared = 0;
      while (shared < needed && mark[shared] === word[shared]) shared++;
      return shared >= needed;
    }),
  );
}
