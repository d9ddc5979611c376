/**
 * Turns the sockets read from a paste into what the page shows: one row per listening port (per protocol, and
 * per vantage point: a machine's own table, an nmap scan, a container), a summary line, and a separate summary
 * of connections that explains their high local ports by the operating systems' ephemeral ranges.
 */
import { addressScope } from './address';
import type { ExplainData, PortKnowledge } from './data';
import type { ParsedPaste } from './parse';
import type { Socket, Transport } from './types';

/** Where a port can be reached from, as the row says it. */
export type Where =
  | { kind: 'all' }
  | { kind: 'loopback' }
  | { kind: 'specific'; addresses: string[] }
  | { kind: 'scan'; hosts: string[] }
  | { kind: 'container' };

export interface PortRow {
  protocol: Transport;
  port: number;
  /** Sockets behind the row (IPv4 and IPv6 listeners on one port are one row). */
  sockets: number;
  where: Where;
  reachable: boolean;
  processes: string[];
  /** Process ids the paste gives (netstat -ano and PowerShell give only these). */
  pids: number[];
  /** For Docker: the container ports that published host ports forward to. */
  containerPorts: number[];
  knowledge: PortKnowledge;
}

export interface ConnectionSummary {
  count: number;
  /** State words and how many connections are in each, most common first. */
  states: { state: string; count: number }[];
  /** Connections whose local port is one this machine listens on: someone connected to a service here. */
  incoming: number;
  /** The others: this machine connected out, from a local port the system picked. */
  outgoing: number;
  /** Lowest and highest local port of the outgoing connections. */
  localPorts: { min: number; max: number } | null;
  /** For each distinct default ephemeral range, the systems using it and how many outgoing local ports fall inside. */
  ephemeral: { systems: string[]; start: number; end: number; inside: number }[];
  /** The remote ports outgoing connections go to, most used first. */
  remotePorts: { port: number; count: number; label: string | null }[];
}

export interface Explanation {
  rows: PortRow[];
  listeningSockets: number;
  reachablePorts: number;
  withSecurityNote: number;
  connections: ConnectionSummary;
}

/** How many remote ports the connection summary lists. */
export const REMOTE_PORTS_SHOWN = 8;

function whereOf(sockets: Socket[]): { where: Where; reachable: boolean } {
  const view = sockets[0].view;
  if (view === 'container') return { where: { kind: 'container' }, reachable: false };
  if (view === 'scan') {
    const hosts = [...new Set(sockets.map((socket) => socket.local.address))];
    return { where: { kind: 'scan', hosts }, reachable: hosts.some((host) => addressScope(host) !== 'loopback') };
  }
  const scopes = sockets.map((socket) => addressScope(socket.local.address));
  if (scopes.includes('any')) return { where: { kind: 'all' }, reachable: true };
  if (scopes.every((scope) => scope === 'loopback')) return { where: { kind: 'loopback' }, reachable: false };
  const addresses = [...new Set(sockets.filter((_, index) => scopes[index] === 'specific').map((socket) => socket.local.address))];
  return { where: { kind: 'specific', addresses }, reachable: true };
}

export function explain(parsed: ParsedPaste, data: ExplainData): Explanation {
  const groups = new Map<string, Socket[]>();
  const connections: Socket[] = [];
  const listening = new Set<string>();
  for (const socket of parsed.sockets) {
    if (socket.role === 'connection') {
      connections.push(socket);
      continue;
    }
    const key = `${socket.view}/${socket.protocol}/${socket.local.port}`;
    const group = groups.get(key);
    if (group) group.push(socket);
    else groups.set(key, [socket]);
    if (socket.view === 'local') listening.add(`${socket.protocol}/${socket.local.port}`);
  }

  const rows: PortRow[] = [];
  for (const sockets of groups.values()) {
    const { protocol } = sockets[0];
    const port = sockets[0].local.port!;
    const processes = [...new Set(sockets.flatMap((socket) => socket.processes))];
    const pids = [...new Set(sockets.flatMap((socket) => (socket.pid === undefined ? [] : [socket.pid])))];
    const containerPorts = [...new Set(sockets.flatMap((socket) => (socket.containerPort === undefined ? [] : [socket.containerPort])))];
    rows.push({ protocol, port, sockets: sockets.length, ...whereOf(sockets), processes, pids, containerPorts, knowledge: data.knowledge(port, protocol) });
  }
  const viewOrder = { local: 0, container: 1, scan: 2 };
  rows.sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol) || viewOrder[kindView(a)] - viewOrder[kindView(b)]);

  return {
    rows,
    listeningSockets: parsed.sockets.length - connections.length,
    reachablePorts: rows.filter((row) => row.reachable).length,
    withSecurityNote: rows.filter((row) => row.knowledge.security.length > 0).length,
    connections: summarizeConnections(connections, listening, data),
  };
}

function kindView(row: PortRow): 'local' | 'container' | 'scan' {
  return row.where.kind === 'scan' ? 'scan' : row.where.kind === 'container' ? 'container' : 'local';
}

function summarizeConnections(connections: Socket[], listening: Set<string>, data: ExplainData): ConnectionSummary {
  const states = new Map<string, number>();
  const remote = new Map<number, number>();
  let incoming = 0;
  let min = Infinity;
  let max = -Infinity;
  const outgoingPorts: number[] = [];
  for (const socket of connections) {
    const state = socket.state || 'connected';
    states.set(state, (states.get(state) ?? 0) + 1);
    const port = socket.local.port!;
    if (listening.has(`${socket.protocol}/${port}`)) {
      incoming++;
      continue;
    }
    outgoingPorts.push(port);
    if (port < min) min = port;
    if (port > max) max = port;
    const remotePort = socket.remote?.port;
    if (remotePort) remote.set(remotePort, (remote.get(remotePort) ?? 0) + 1);
  }

  const ranges = new Map<string, { systems: string[]; start: number; end: number; inside: number }>();
  for (const range of data.ephemeral) {
    const key = `${range.start}-${range.end}`;
    const entry = ranges.get(key) ?? { systems: [], start: range.start, end: range.end, inside: 0 };
    if (!entry.systems.includes(range.system)) entry.systems.push(range.system);
    ranges.set(key, entry);
  }
  for (const entry of ranges.values()) {
    for (const port of outgoingPorts) if (entry.start <= port && port <= entry.end) entry.inside++;
  }

  return {
    count: connections.length,
    states: [...states].map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count || a.state.localeCompare(b.state)),
    incoming,
    outgoing: outgoingPorts.length,
    localPorts: outgoingPorts.length > 0 ? { min, max } : null,
    // Most ports inside first, and among equals the narrowest range, which says the most about the system.
    ephemeral: [...ranges.values()].sort((a, b) => b.inside - a.inside || a.end - a.start - (b.end - b.start) || a.start - b.start),
    remotePorts: [...remote]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, REMOTE_PORTS_SHOWN)
      .map(([port, count]) => ({ port, count, label: data.label(port) })),
  };
}
