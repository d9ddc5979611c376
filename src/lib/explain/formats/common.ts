/** Small helpers the format parsers share. */
import type { Transport } from '../types';

/** `tcp6`, `udp46`, `TCPv6`, `tcp4` → the transport; null for anything else (raw, unix, icmp…). */
export function transportOf(word: string): Transport | null {
  const match = /^(tcp|udp|sctp)(?:4|6|46|v4|v6)?$/i.exec(word);
  return match ? (match[1].toLowerCase() as Transport) : null;
}

/** A process id as printed, or undefined when the text is not one. */
export function pidOf(text: string | undefined): number | undefined {
  return text && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}
