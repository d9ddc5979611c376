/**
 * `lsof -iTCP -sTCP:LISTEN -P -n` and `lsof -i -P -n`. Columns: COMMAND PID [TID TASKCMD] USER FD TYPE DEVICE
 * SIZE/OFF NODE NAME, where TYPE is IPv4 or IPv6, NODE the protocol and NAME `addr:port`, `addr:port->addr:port`
 * and, for TCP, the state in parentheses. Spaces in a command name are printed as `\x20`.
 */
import { parseEndpoint } from '../address';
import type { LineResult } from '../types';
import { pidOf, transportOf } from './common';

const LINE = /^(\S+)\s+(\d+)\s.*?\s(?:IPv4|IPv6)\s.*?\s(TCP|UDP|SCTP)\s+(\S+?)(?:->(\S+))?(?:\s+\(([A-Z_0-9]+)\))?\s*$/;
const HEADER = /^\s*COMMAND\s+PID\s+(?:TID\s+(?:TASKCMD\s+)?)?USER\s+FD\s+TYPE\s+DEVICE\s+SIZE\/OFF\s+NODE\s+NAME\s*$/;

export function parseLsofLine(line: string, number: number): LineResult | null {
  if (HEADER.test(line)) return { kind: 'known', format: 'lsof' };
  const match = LINE.exec(line);
  if (!match) return null;
  const [, command, pidText, proto, localText, remoteText, state = ''] = match;
  const protocol = transportOf(proto)!;
  const local = parseEndpoint(localText);
  const remote = remoteText ? parseEndpoint(remoteText) : undefined;
  if (!local || local.port === null || remote === null) return null;
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
