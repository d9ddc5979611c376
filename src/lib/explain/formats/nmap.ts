/**
 * nmap's normal output (`Nmap scan report for host (address)` then `PORT STATE SERVICE [VERSION]` rows such
 * as `22/tcp open ssh OpenSSH 9.6`) and grepable output (`Host: address (name)<TAB>Ports: 22/open/tcp//ssh//
 * OpenSSH 9.6/, …`). Only ports in state `open` become rows: closed and filtered ports have nothing listening
 * that the scan could see.
 */
import { MAX_PORT } from '../../port-number';
import type { LineResult, Socket, Transport } from '../types';

const REPORT = /^Nmap scan report for (?:(\S+) \(([^)]+)\)|(\S+))\s*$/;
const PORT_ROW = /^(\d{1,5})\/(tcp|udp|sctp)\s+(open\|filtered|closed\|filtered|open|closed|filtered|unfiltered)\s*(\S*)\s*(.*)$/;
const NOISE = [
  /^Starting Nmap /,
  /^Nmap done: /,
  /^Host is up\b/,
  /^Host seems down/,
  /^Not shown: /,
  /^All \d+ scanned ports/,
  /^(?:Some closed ports|Other addresses for|rDNS record for|MAC Address: |Service Info: |Service detection performed|OS detection performed|Device type: |Running: |OS CPE: |OS details: |Network Distance: |TRACEROUTE|HOP RTT|Read data files from: |Warning: |Aggressive OS guesses: |No exact OS matches|Uptime guess: |TCP Sequence Prediction: |IP ID Sequence Generation: |Nmap scan report)/,
  /^PORT\s+STATE\s+SERVICE/,
  /^\|/,
];
/** The comment lines that open and close both normal and grepable output. */
const COMMENT = /^# Nmap /;

/** The host of the report being read, carried from line to line. */
export class NmapReader {
  host = 'the scanned host';

  line(line: string, number: number): LineResult | null {
    if (COMMENT.test(line)) return { kind: 'known', format: null };
    const report = REPORT.exec(line);
    if (report) {
      this.host = report[2] ?? report[3];
      return { kind: 'known', format: 'nmap' };
    }
    const row = PORT_ROW.exec(line);
    if (row) {
      if (row[3] !== 'open' || Number(row[1]) > MAX_PORT) return { kind: 'known', format: 'nmap' };
      return { kind: 'sockets', sockets: [scanned(this.host, Number(row[1]), row[2] as Transport, row[4], 'nmap', number)] };
    }
    return NOISE.some((pattern) => pattern.test(line)) ? { kind: 'known', format: 'nmap' } : null;
  }
}

function scanned(host: string, port: number, protocol: Transport, service: string, format: Socket['format'], line: number): Socket {
  return {
    format,
    protocol,
    role: 'listen',
    local: { address: host, port },
    state: 'open',
    processes: service && service !== 'unknown' ? [service.replace(/\?$/, '')] : [],
    view: 'scan',
    line,
  };
}

const GREPABLE_HOST = /^Host: (\S+)(?: \([^)]*\))?\s/;

export function parseNmapGrepableLine(line: string, number: number): LineResult | null {
  const host = GREPABLE_HOST.exec(line);
  if (!host) return null;
  // Fields are separated by tabs, which a copy from a terminal may have turned into spaces.
  const start = line.indexOf('Ports: ');
  if (start < 0) return /\s(?:Status|Protocols): /.test(line) ? { kind: 'known', format: 'nmap-grepable' } : null;
  let field = line.slice(start + 'Ports: '.length);
  for (const next of ['\t', 'Ignored State:']) {
    const end = field.indexOf(next);
    if (end >= 0) field = field.slice(0, end);
  }
  const sockets: Socket[] = [];
  for (const entry of field.split(',')) {
    const fields = entry.trim().split('/');
    if (fields.length < 5 || !/^\d{1,5}$/.test(fields[0])) continue;
    const [portText, state, protocol, , service] = fields;
    if (state !== 'open' || !/^(?:tcp|udp|sctp)$/.test(protocol) || Number(portText) > 65535) continue;
    sockets.push(scanned(host[1], Number(portText), protocol as Transport, service, 'nmap-grepable', number));
  }
  return sockets.length > 0 ? { kind: 'sockets', sockets } : { kind: 'known', format: 'nmap-grepable' };
}
