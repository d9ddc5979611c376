/**
 * `lsof -iTCP -sTCP:LISTEN -P -n` and `lsof -i -P -n`. Columns: COMMAND PID [TID TASKCMD] USER FD TYPE DEVICE
 * SIZE/OFF NODE NAME, where TYPE is IPv4 or IPv6, NODE the protocol and NAME `addr:port`, `addr:port->addr:port`
 * and, for TCP, the state in parentheses. Spaces in a command name are printed as `\x20`.
 */
import { parseEndpoint } from '../address';
import type { LineResult } from '../types';
import { pidOf, transportOf } from './common';

const NAME = /^(\S+?)(?:->(\S+))?$/;
const STATE = /^\(([A-Z_0-9]+)\)$/;
const HEADER = /^\s*COMMAND\s+PID\s+(?:TID\s+(?:TASKCMD\s+)?)?USER\s+FD\s+TYPE\s+DEVICE\s+SIZE\/OFF\s+NODE\s+NAME\s*$/;
/** What lsof prints when it cannot read everything (not run as root, or a file system it cannot stat). */
const WARNINGS = [/^lsof: WARNING: /, /^\s*Output information may be incomplete\./];

export function parseLsofLine(line: string, number: number): LineResult | null {
  if (HEADER.test(line) || WARNINGS.some((warning) => warning.test(line))) return { kind: 'known', format: 'lsof' };
  // COMMAND PID … TYPE (IPv4/IPv6) … NODE (TCP/UDP/SCTP) NAME [(STATE)], read by words rather than one pattern.
  const words = line.trim().split(/\s+/);
  if (words.length < 5 || !/^\d+$/.test(words[1])) return null;
  const type = words.findIndex((word, index) => index > 1 && (word === 'IPv4' || word === 'IPv6'));
  const node = type < 0 ? -1 : words.findIndex((word, index) => index > type && (word === 'TCP' || word === 'UDP' || word === 'SCTP'));
  if (node < 0 || node + 1 >= words.length || node + 3 < words.length) return null;
  const name = NAME.exec(words[node + 1]);
  const stateWord = words[node + 2];
  const stateMatch = stateWord === undefined ? null : STATE.exec(stateWord);
  if (!name || (stateWord !== undefined && !stateMatch)) return null;
  const [command, pidText, proto] = [words[0], words[1], words[node]];
  const [, localText, remoteText] = name;
  const state = stateMatch?.[1] ?? '';
  const protocol = transportOf(proto)!;
  const local = parseEndpoint(localText);
  const remote = remoteText ? parseEndpoint(remoteText) : undefined;
  if (!local || remote === null) return null;
  // A socket not bound to a port yet (`*:*`) has nothing to explain.
  if (local.port === null) return { kind: 'known', format: 'lsof' };
  const listening = protocol === 'udp' ? !remote : state === 'LISTEN';
  return {
    kind: 'sockets',
    sockets: [
      {
        format: 'lsof',
        protocol,
        role: listening ? 'listen' : 'connection',
        local,
        remote,
        state,
        processes: [command.replace(/\\x20/g, ' ')],
        pid: pidOf(pidText),
        view: 'local',
        line: number,
      },
    ],
  };
}
