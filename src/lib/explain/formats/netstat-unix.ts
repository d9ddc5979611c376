/**
 * `netstat -tulpn` from Linux net-tools and `netstat -an` from macOS and the BSDs share one layout:
 * Proto Recv-Q Send-Q Local Foreign (state) [PID/Program]. They differ in how the port is written: net-tools
 * uses a colon (`0.0.0.0:22`, `:::22`), BSD a dot (`*.22`, `::1.631`, `192.0.2.7.50312`), and BSD names the
 * address family in the protocol (`tcp4`, `tcp46`, `udp6`). macOS `-anv` adds columns after the state.
 */
import { parseEndpoint, type PortSeparator } from '../address';
import type { FormatId, LineResult } from '../types';
import { pidOf, transportOf } from './common';

const LINE = /^\s*([a-z]+[0-9]*)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)(?:\s+(.*))?$/;
const HEADERS = [
  /^\s*Active (?:Internet|UNIX domain|Multipath Internet|LOCAL \(UNIX\) domain|kernel event|kernel control) (?:connections|sockets)/i,
  /^\s*Proto\s+Recv-Q\s+Send-Q\s/i,
  /^\s*Proto\s+RefCnt\s+Flags\s+Type/i,
  /^\s*Address\s+Type\s+Recv-Q\s+Send-Q/i,
  /^\s*Registered kernel control modules/i,
  /^\s*id\s+flags\s+pcbcount\s/i,
  // net-tools' own messages: a missing /proc file, and (on two lines) running without root.
  /^netstat: /,
  /^\(Not all processes could be identified/,
  /^\s*will not be shown, you would have to be root/,
];
/** Rows of the same listings that have no TCP or UDP port: Unix domain sockets and macOS kernel sockets. */
const PORTLESS_ROWS = [
  /^unix\s+\d+\s+\[/, // Linux netstat -a
  /^[0-9a-f]{8,16}\s+(?:stream|dgram|seqpacket)\b/, // macOS and BSD netstat -a
  /^\s*\d+\s+(?:0x)?[0-9a-f]+\s+\d+\s+\d+\s+\d+\s+\S+$/, // macOS registered kernel control modules
];
const PORTLESS_PROTOCOLS = /^(?:kevt|kctl|icm[46]|icmp6?|raw6?|ip6?|divert|ndrv|vsock)$/;
const PROGRAM = /^(\d+)\/(.+)$/;

/** A header line of either netstat, or null. */
export function netstatUnixHeader(line: string): LineResult | null {
  return HEADERS.some((header) => header.test(line)) || PORTLESS_ROWS.some((row) => row.test(line)) ? { kind: 'known', format: null } : null;
}

export function parseNetstatUnixLine(line: string, number: number): LineResult | null {
  const match = LINE.exec(line);
  if (!match) return null;
  const [, proto, , , localText, foreignText, rest = ''] = match;
  const protocol = transportOf(proto);
  // Kernel event and control sockets (macOS), ICMP and raw sockets: rows of the listing without a port.
  if (!protocol) return PORTLESS_PROTOCOLS.test(proto) ? { kind: 'known', format: null } : null;
  // The BSD form never has a colon before the port; net-tools always has one.
  const separator: PortSeparator = /^(?:tcp|udp|sctp)(?:4|46)$/.test(proto) || !/:(?:\d+|\*)$/.test(localText) ? '.' : ':';
  const format: FormatId = separator === '.' ? 'netstat-bsd' : 'netstat-linux';
  const local = parseEndpoint(localText, separator);
  const remote = parseEndpoint(foreignText, separator);
  if (!local || !remote) return null;
  // An unbound UDP socket (`*.*`) has no port to explain.
  if (local.port === null) return { kind: 'known', format };

  const words = rest.split(/\s+/).filter(Boolean);
  let state = '';
  let processes: string[] = [];
  let pid: number | undefined;
  if (words[0] && /^[A-Z][A-Z_0-9]*$/.test(words[0])) state = words.shift()!;
  const program = format === 'netstat-linux' && words.length > 0 ? PROGRAM.exec(words.join(' ')) : null;
  if (program) {
    pid = pidOf(program[1]);
    processes = [program[2].replace(/:.*$/, '').trim()];
  }
  const listening = protocol === 'udp' ? remote.port === null && state !== 'ESTABLISHED' : state === 'LISTEN';
  return {
    kind: 'sockets',
    sockets: [{ format, protocol, role: listening ? 'listen' : 'connection', local, remote, state, processes, pid, view: 'local', line: number }],
  };
}
