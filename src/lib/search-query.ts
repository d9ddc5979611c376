/**
 * The one search-query parser, shared by the header box, the home page box and the search page.
 * It decides, before any index is loaded, whether a query is a port number (go straight to its page),
 * a span of ports, something that looks like a port but is not one (say why), or words to search for.
 * A person typed the query, so "080" reads as port 80 and "+80" as 80 (see parsePort's leading zeros).
 */
import { MAX_PORT, parsePort, PROTOCOLS, type Protocol } from './port-number';

export type { Protocol } from './port-number';

export const MAX_QUERY_LENGTH = 200;

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'port'; port: number; protocol: Protocol | null }
  | { kind: 'span'; start: number; end: number }
  | { kind: 'invalid'; input: string; reason: string }
  | { kind: 'words'; text: string };

const PROTOCOL = `(${PROTOCOLS.join('|')})`;
const NUMBER = '([+-]?\\d+)';

/** Strips control characters and bidirectional overrides, folds whitespace and caps the length. */
export function normaliseQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
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

  // Hex and exponent forms look like numbers but are not how ports are written.
  const reason = explainNumber(lower);
  if (reason) return { kind: 'invalid', input: text, reason };

  return { kind: 'words', text };
}
