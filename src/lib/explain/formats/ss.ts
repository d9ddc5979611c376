/**
 * `ss -tulpn`, `ss -tuna`, `ss -tlnp` (iproute2). Columns: [Netid] State Recv-Q Send-Q Local:Port Peer:Port
 * [Process]. Netid is printed only when more than one socket type is shown, so without it the protocol follows
 * from the state (UNCONN is UDP). The process column reads `users:(("sshd",pid=812,fd=3),…)`.
 */
import { parseEndpoint } from '../address';
import type { LineResult, Socket, Transport } from '../types';
import { transportOf } from './common';

const STATES = 'LISTEN|UNCONN|ESTAB|TIME-WAIT|SYN-SENT|SYN-RECV|FIN-WAIT-1|FIN-WAIT-2|CLOSE-WAIT|LAST-ACK|CLOSING|CLOSED|UNKNOWN';
const LINE = new RegExp(`^\\s*(?:([a-z_0-9]+)\\s+)?(${STATES})\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.*))?$`);
const HEADER = /^\s*(?:Netid\s+)?State\s+Recv-Q\s+Send-Q\s+Local\s+Address:Port\s+Peer\s+Address:Port/;
const PROCESS = /\("((?:[^"\\]|\\.)*)",pid=(\d+)/g;

export function parseSsLine(line: string, number: number): LineResult | null {
  if (HEADER.test(line)) return { kind: 'known', format: 'ss' };
  const match = LINE.exec(line);
  if (!match) return null;
  const [, netid, state, , , localText, peerText, rest = ''] = match;
  let protocol: Transport | null;
  if (netid) {
    protocol = transportOf(netid === 'mptcp' ? 'tcp' : netid);
    // u_str, nl, p_raw, raw…: sockets without a TCP/UDP port.
    if (!protocol) return { kind: 'known', format: 'ss' };
  } else {
    protocol = state === 'UNCONN' ? 'udp' : 'tcp';
  }
  const local = parseEndpoint(localText);
  const remote = parseEndpoint(peerText);
  if (!local || local.port === null || !remote) return null;
  const processes: string[] = [];
  let pid: number | undefined;
  for (const process of rest.matchAll(PROCESS)) {
    if (!processes.includes(process[1])) processes.push(process[1]);
    pid ??= Number(process[2]);
  }
  const socket: Socket = {
    format: 'ss',
    protocol,
    role: state === 'LISTEN' || state === 'UNCONN' ? 'listen' : 'connection',
    local,
    remote,
    state,
    processes,
    pid,
    view: 'local',
    line: number,
  };
  return { kind: 'sockets', sockets: [socket] };
}
