/**
 * Windows `netstat -ano` and `netstat -anb`: Proto Local Foreign [State] [PID]. Headers and state words are
 * translated (German prints ABHÖREN for LISTENING), so nothing here depends on them: a TCP socket whose foreign
 * port is 0 is listening, and a UDP endpoint (foreign `*:*`) receives from anyone. With -b, the executable
 * follows on its own line in brackets (`[svchost.exe]`), after an optional component line such as `RpcSs`
 * or a message that ownership could not be read.
 */
import { parseEndpoint } from '../address';
import type { LineResult, Socket } from '../types';
import { pidOf } from './common';

const LINE = /^\s*(TCP|UDP)(?:v6)?\s+(\S+)\s+(\S+)(?:\s+(.*))?$/;
const EXECUTABLE = /^\s*\[([^\]]+)\]\s*$/;

export function parseNetstatWindowsLine(line: string, number: number): Socket | null {
  const match = LINE.exec(line);
  if (!match) return null;
  const [, proto, localText, foreignText, rest = ''] = match;
  const local = parseEndpoint(localText);
  const remote = parseEndpoint(foreignText);
  if (!local || local.port === null || !remote) return null;
  const words = rest.split(/\s+/).filter(Boolean);
  const pid = words.length > 0 && /^\d+$/.test(words.at(-1)!) ? pidOf(words.pop()) : undefined;
  const state = words.join(' ');
  const protocol = proto === 'TCP' ? 'tcp' : 'udp';
  const listening = protocol === 'tcp' ? remote.port === 0 : remote.port === null;
  return { format: 'netstat-windows', protocol, role: listening ? 'listen' : 'connection', local, remote, state, processes: [], pid, view: 'local', line: number };
}

/** The `[program.exe]` line that -b prints below a socket, or null. */
export function windowsExecutable(line: string): string | null {
  return EXECUTABLE.exec(line)?.[1] ?? null;
}

/** Whether a line can be the component or "cannot obtain ownership" line -b prints between a socket and its executable. */
export function isWindowsOwnerNote(line: string): boolean {
  return line.trim().length > 0 && line.trim().length <= 120 && !/[:\[\]]\d/.test(line) && !LINE.test(line);
}

export function windowsHeader(line: string): LineResult | null {
  return /^\s*Proto\s+\S/.test(line) && !/Recv-Q/.test(line) ? { kind: 'known', format: 'netstat-windows' } : null;
}
